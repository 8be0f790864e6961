// SPDX-License-Identifier: GPL-3.0-or-later
// Plans as JSON (schema ipcscope.plan/1, docs/planning.md) and their files: one per host in
// <AppDataLocation>/plans/<host>.json, written atomically.
#pragma once

#include "core/error.h"
#include "planner/plan.h"

#include <QJsonObject>

namespace ipcscope::planner {

QJsonObject planToJson(const Plan& plan);
// False with a sentence in `error` when the document is not a plan this version understands.
bool planFromJson(const QJsonObject& json, Plan& plan, QString& error);

bool readPlanFile(const QString& path, Plan& plan, QString& error);
bool writePlanFile(const QString& path, const Plan& plan, QString& error);

class PlanStore {
public:
    // `directory` defaults to <AppDataLocation>/plans.
    explicit PlanStore(const QString& directory = {});
    QString directory() const { return m_dir; }
    // The file of a host; the name is made safe for a file name ("db1:22" -> "db1_22.json").
    QString pathFor(const QString& host) const;
    // An empty plan for the host when none is saved; false only when a saved file is unreadable.
    bool load(const QString& host, Plan& plan, QString& error) const;
    bool save(const Plan& plan, QString& error) const;

private:
    QString m_dir;
};

} // namespace ipcscope::planner
