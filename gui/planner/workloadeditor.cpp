// SPDX-License-Identifier: GPL-3.0-or-later
#include "planner/workloadeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace ipcscope::planner;

namespace ipcscope {

namespace {
constexpr quint64 MiB = 1024ull * 1024, GiB = 1024ull * MiB;
}

QSpinBox* WorkloadEditor::spin(const QString& objectName, int min, int max, const QString& suffix) {
    auto* s = new QSpinBox(this);
    s->setObjectName(objectName);
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAccelerated(true);
    connect(s, &QSpinBox::valueChanged, this, &WorkloadEditor::read);
    return s;
}

WorkloadEditor::WorkloadEditor(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"workloadEditor"_s);
    m_layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_form);
    m_formula = new QLabel(this);
    m_formula->setObjectName(u"formulaLabel"_s);
    m_formula->setWordWrap(true);
    m_label = new QLineEdit(this);
    m_label->setObjectName(u"labelEdit"_s);
    m_label->setPlaceholderText(tr("e.g. billing cluster"));
    connect(m_label, &QLineEdit::textChanged, this, &WorkloadEditor::read);
    m_instances = spin(u"instancesSpin"_s, 0, 1000);
    m_instancesSlider = new QSlider(Qt::Horizontal, this);
    m_instancesSlider->setObjectName(u"instancesSlider"_s);
    m_instancesSlider->setRange(0, 64);
    connect(m_instancesSlider, &QSlider::valueChanged, m_instances, &QSpinBox::setValue);
    connect(m_instances, &QSpinBox::valueChanged, this, [this](int v) {
        const QSignalBlocker block(m_instancesSlider);
        m_instancesSlider->setValue(v);
    });
    auto* instancesRow = new QHBoxLayout;
    instancesRow->addWidget(m_instances);
    instancesRow->addWidget(m_instancesSlider, 1);

    m_pgVersion = spin(u"pgVersionSpin"_s, 9, 17);
    m_pgVersion->setToolTip(tr("9 stands for 9.4–9.6; from 10 on Linux uses POSIX semaphores."));
    m_maxConnections = spin(u"maxConnectionsSpin"_s, 1, 262143);
    m_autovacuum = spin(u"autovacuumSpin"_s, 0, 262143);
    m_walSenders = spin(u"walSendersSpin"_s, 0, 262143);
    m_workers = spin(u"workerProcessesSpin"_s, 0, 262143);
    m_mpm = new QComboBox(this);
    m_mpm->setObjectName(u"mpmCombo"_s);
    m_mpm->addItem(u"prefork"_s, int(ApacheMpm::Prefork));
    m_mpm->addItem(u"worker"_s, int(ApacheMpm::Worker));
    m_mpm->addItem(u"event"_s, int(ApacheMpm::Event));
    connect(m_mpm, &QComboBox::currentIndexChanged, this, &WorkloadEditor::read);
    m_sysvsem = new QCheckBox(tr("Mutex sysvsem (System V semaphores)"), this);
    m_sysvsem->setObjectName(u"sysvsemCheck"_s);
    connect(m_sysvsem, &QCheckBox::toggled, this, &WorkloadEditor::read);
    m_mutexes = spin(u"mutexesSpin"_s, 0, 10000);
    m_leaked = spin(u"leakedRestartsSpin"_s, 0, 100000);
    m_processes = spin(u"processesSpin"_s, 1, 100000);
    m_sgaMiB = spin(u"sgaSpin"_s, 0, 64 * 1024 * 1024, tr(" MiB"));
    m_ramGiB = spin(u"ramSpin"_s, 0, 1024 * 1024, tr(" GiB"));
    m_ramGiB->setSpecialValueText(tr("this host's"));
    m_semSets = spin(u"semSetsSpin"_s, 0, 1000000);
    m_semsPerSet = spin(u"semsPerSetSpin"_s, 1, 32000);
    m_segments = spin(u"segmentsSpin"_s, 0, 1000000);
    m_segmentKiB = spin(u"segmentSizeSpin"_s, 0, 1024 * 1024 * 1024, tr(" KiB"));
    m_queues = spin(u"queuesSpin"_s, 0, 1000000);
    m_queueBytes = spin(u"queueBytesSpin"_s, 0, 1024 * 1024 * 1024, tr(" bytes"));

    m_form->addRow(m_formula);
    m_form->addRow(tr("Name:"), m_label);
    m_form->addRow(tr("Instances:"), instancesRow);
    // Each kind's fields in a form of their own, shown or hidden as a whole: rows hidden with
    // QFormLayout::setRowVisible() before the editor was first shown came back 0 pixels high
    // (Qt 6.4), which left a reloaded workload with only its name and instances.
    const auto group = [this](const QList<std::pair<QString, QWidget*>>& rows) {
        auto* box = new QWidget(this);
        auto* form = new QFormLayout(box);
        form->setContentsMargins(0, 0, 0, 0);
        for (const auto& [label, field] : rows)
            form->addRow(label, field);
        m_layout->addWidget(box);
        return box;
    };
    m_postgresFields = group({{tr("Major version:"), m_pgVersion},
                              {u"max_connections:"_s, m_maxConnections},
                              {u"autovacuum_max_workers:"_s, m_autovacuum},
                              {u"max_wal_senders:"_s, m_walSenders},
                              {u"max_worker_processes:"_s, m_workers}});
    m_apacheFields = group({{tr("MPM:"), m_mpm},
                            {QString(), m_sysvsem},
                            {tr("Mutexes:"), m_mutexes},
                            {tr("Restarts that leaked their sets:"), m_leaked}});
    m_oracleFields = group({{u"PROCESSES:"_s, m_processes}, {tr("SGA size:"), m_sgaMiB}});
    m_ramFields = group({{tr("RAM:"), m_ramGiB}});
    m_customFields = group({{tr("Semaphore sets:"), m_semSets},
                            {tr("Semaphores per set:"), m_semsPerSet},
                            {tr("Shared memory segments:"), m_segments},
                            {tr("Segment size:"), m_segmentKiB},
                            {tr("Message queues:"), m_queues},
                            {tr("Bytes per queue:"), m_queueBytes}});
    m_layout->addStretch(1);
    setWorkload(Workload{});
}

void WorkloadEditor::showRowsOf(WorkloadKind kind) {
    m_postgresFields->setVisible(kind == WorkloadKind::PostgreSql);
    m_apacheFields->setVisible(kind == WorkloadKind::Apache);
    m_oracleFields->setVisible(kind == WorkloadKind::Oracle);
    m_ramFields->setVisible(kind == WorkloadKind::Oracle || kind == WorkloadKind::Db2);
    m_customFields->setVisible(kind == WorkloadKind::Custom);
    switch (kind) {
    case WorkloadKind::PostgreSql:
        m_formula->setText(tr("PostgreSQL 9.x: ceil((max_connections + autovacuum_max_workers + "
                              "max_worker_processes + 5) / 16) sets of 17 semaphores. From 10 "
                              "on Linux: POSIX semaphores; one small segment per server."));
        break;
    case WorkloadKind::Apache:
        m_formula->setText(tr("With Mutex sysvsem: one set of one semaphore per mutex, again "
                              "after every restart that did not clean up."));
        break;
    case WorkloadKind::Oracle:
        m_formula->setText(tr("SEMMSL ≥ PROCESSES + 10; SEMMNS ≥ sum of PROCESSES with the "
                              "largest twice + 10 per database; SHMMAX ≥ SGA; minimums "
                              "250 32000 100 128."));
        break;
    case WorkloadKind::Db2:
        m_formula->setText(tr("Per GB of RAM: 256 semaphore sets, 256 segments, 1024 message "
                              "queues; SHMMAX = RAM, SHMALL = 2 × RAM."));
        break;
    case WorkloadKind::Sap:
        m_formula->setText(tr("kernel.sem at least 1250 256000 100 8192."));
        break;
    case WorkloadKind::Custom:
        m_formula->setText(tr("Sets × semaphores, segments × size, queues × bytes, per "
                              "instance."));
        break;
    }
}

void WorkloadEditor::setWorkload(const Workload& w) {
    m_loading = true;
    m_workload = w;
    m_label->setText(w.label);
    m_instances->setValue(w.instances);
    m_instancesSlider->setValue(w.instances);
    m_pgVersion->setValue(w.postgresVersion);
    m_maxConnections->setValue(w.postgres.maxConnections);
    m_autovacuum->setValue(w.postgres.autovacuumMaxWorkers);
    m_walSenders->setValue(w.postgres.maxWalSenders);
    m_workers->setValue(w.postgres.maxWorkerProcesses);
    m_mpm->setCurrentIndex(m_mpm->findData(int(w.apacheMpm)));
    m_sysvsem->setChecked(w.apacheSysvsem);
    m_mutexes->setValue(w.apacheMutexes);
    m_leaked->setValue(w.apacheLeakedRestarts);
    m_processes->setValue(w.oracleProcesses);
    m_sgaMiB->setValue(int(w.oracleSgaBytes / MiB));
    m_ramGiB->setValue(int(w.ramBytes / GiB));
    m_semSets->setValue(w.customSemSets);
    m_semsPerSet->setValue(w.customSemsPerSet);
    m_segments->setValue(w.customSegments);
    m_segmentKiB->setValue(int(w.customSegmentBytes / 1024));
    m_queues->setValue(w.customQueues);
    m_queueBytes->setValue(int(w.customQueueBytes));
    showRowsOf(w.kind);
    m_loading = false;
}

void WorkloadEditor::read() {
    if (m_loading)
        return;
    Workload& w = m_workload;
    w.label = m_label->text();
    w.instances = m_instances->value();
    w.postgresVersion = m_pgVersion->value();
    w.postgres.maxConnections = m_maxConnections->value();
    w.postgres.autovacuumMaxWorkers = m_autovacuum->value();
    w.postgres.maxWalSenders = m_walSenders->value();
    w.postgres.maxWorkerProcesses = m_workers->value();
    w.apacheMpm = ApacheMpm(m_mpm->currentData().toInt());
    w.apacheSysvsem = m_sysvsem->isChecked();
    w.apacheMutexes = m_mutexes->value();
    w.apacheLeakedRestarts = m_leaked->value();
    w.oracleProcesses = m_processes->value();
    // Sizes are shown rounded: only a changed spin box replaces the exact value.
    if (quint64(m_sgaMiB->value()) != w.oracleSgaBytes / MiB)
        w.oracleSgaBytes = quint64(m_sgaMiB->value()) * MiB;
    if (quint64(m_ramGiB->value()) != w.ramBytes / GiB)
        w.ramBytes = quint64(m_ramGiB->value()) * GiB;
    w.customSemSets = m_semSets->value();
    w.customSemsPerSet = m_semsPerSet->value();
    w.customSegments = m_segments->value();
    if (quint64(m_segmentKiB->value()) != w.customSegmentBytes / 1024)
        w.customSegmentBytes = quint64(m_segmentKiB->value()) * 1024;
    w.customQueues = m_queues->value();
    if (quint64(m_queueBytes->value()) != w.customQueueBytes / 1)
        w.customQueueBytes = quint64(m_queueBytes->value()) * 1;
    emit workloadChanged(w);
}

} // namespace ipcscope
