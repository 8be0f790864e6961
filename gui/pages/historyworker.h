// SPDX-License-Identifier: GPL-3.0-or-later
// The history database on its own thread, so that the GUI thread never waits for the disk.
#pragma once

#include "history/historystore.h"

#include <QObject>

namespace ipcscope {

class HistoryWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

public slots:
    void open(const QString& path, int retentionDays);
    void setRetentionDays(int days);
    void record(const QString& hostId, const ipcscope::Report& report);
    void load(quint64 requestId, const QString& hostId, qint64 fromSeconds);

signals:
    void recorded(const QString& hostId);
    void loaded(quint64 requestId, const ipcscope::HistorySeries& series);
    void failed(const ipcscope::Error& error);

private:
    HistoryStore m_store;
};

} // namespace ipcscope
