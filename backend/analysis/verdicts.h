// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict per object with its reasons (docs/verdicts.md explains every rule and code).
// Evidence is gathered per object (attached, waiting, referenced processes alive and the same,
// gone, reused, invisible), then one decision turns it into in_use / orphaned /
// possibly_orphaned / unknown.
#pragma once

#include "analysis/report.h"

#include <QHash>
#include <QString>

#include <memory>
#include <utility>

namespace ipcscope::analysis {

class Context;
class Generations;
class SoftwareCatalog;

// Sentences that many objects share, made once and then shared: 30,000 sets last used by the same
// pid that exited all say "last used by pid 7267 (apache2), which exited", and formatting and
// translating that per object was most of the analysis of a large host. A memo lives for one
// analysis on one thread: the judges on that thread use it while a SentenceMemo::Scope is alive.
class SentenceMemo {
public:
    class Scope {
    public:
        explicit Scope(SentenceMemo& memo);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        SentenceMemo* m_previous;
    };

    // The sentence for (key, name), which must decide the whole text (key: which sentence and its
    // numbers; name: the process or user name in it), made by make() the first time.
    template <typename Make>
    QString get(quint64 key, const QString& name, Make&& make) {
        const std::pair<quint64, QString> k{key, name};
        auto it = m_texts.constFind(k);
        if (it == m_texts.cend())
            it = m_texts.insert(k, make());
        return it.value();
    }

private:
    QHash<std::pair<quint64, QString>, QString> m_texts;
};

class VerdictJudge {
public:
    // Works out the generations of masters' objects once (generations.h).
    VerdictJudge(const Context& context, const SoftwareCatalog& software);
    ~VerdictJudge();

    ObjectVerdict judge(const SemaphoreSet& set, int index) const;
    ObjectVerdict judge(const SharedMemorySegment& segment, int index) const;
    ObjectVerdict judge(const MessageQueue& queue, int index) const;
    ObjectVerdict judge(ObjectType type, const PosixObject& object, int index) const;

private:
    const Context& m_context;
    const SoftwareCatalog& m_software;
    std::unique_ptr<const Generations> m_generations;
};

} // namespace ipcscope::analysis
