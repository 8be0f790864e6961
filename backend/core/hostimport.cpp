// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hostimport.h"

#include "core/coretr.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace ipcscope {

namespace {

// Splits a line into words; "double quotes" keep spaces (ssh_config and Ansible both allow them).
QStringList words(QStringView line) {
    QStringList out;
    QString word;
    bool quoted = false, any = false;
    for (const QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (!quoted && c.isSpace()) {
            if (any)
                out.append(std::exchange(word, {}));
            any = false;
        } else {
            word.append(c);
            any = true;
        }
    }
    if (any)
        out.append(word);
    return out;
}

QString stripComment(const QString& line) {
    // A # starts a comment at the start of a word (ssh_config: only at the line's start, but a
    // host name never holds one either).
    const qsizetype hash = line.indexOf(u'#');
    return hash < 0 ? line : line.left(hash);
}

// A valid entry for `name`, or nullopt with the reason in *why.
std::optional<HostConfig> entryFor(const QString& name, QString* why) {
    std::optional<HostConfig> config = HostConfig::fromTarget(name, why);
    if (config && config->kind == HostConfig::Kind::Local) {
        *why = Tr::tr("it names the local machine, which is always in the list");
        return std::nullopt;
    }
    return config;
}

class Collector {
public:
    ImportedHosts result;

    HostConfig* add(const QString& name, const QString& where) {
        if (HostConfig* known = find(name))
            return known;
        QString why;
        std::optional<HostConfig> config = entryFor(name, &why);
        if (!config) {
            result.skipped.append(Tr::tr("%1 (%2): %3").arg(name, where, why));
            return nullptr;
        }
        config->name = name;
        m_index[name] = result.hosts.size();
        result.hosts.append(*config);
        return &result.hosts.last();
    }

    // The entry added for `name`, or null.
    HostConfig* find(const QString& name) {
        const auto it = m_index.find(name);
        return it == m_index.end() ? nullptr : &result.hosts[it->second];
    }

private:
    std::map<QString, qsizetype> m_index;
};

// web[01:03].example.com → web01…web03; [a:c] → a, b, c. Anything else stays as it is.
QStringList expandRange(const QString& pattern) {
    static const QRegularExpression range(uR"(\[([0-9]+|[a-z]):([0-9]+|[a-z])(?::([0-9]+))?\])"_s);
    const QRegularExpressionMatch m = range.match(pattern);
    if (!m.hasMatch())
        return {pattern};
    const QString head = pattern.left(m.capturedStart());
    const QStringList tails = expandRange(pattern.mid(m.capturedEnd()));
    const QString from = m.captured(1), to = m.captured(2);
    const int step = m.captured(3).isEmpty() ? 1 : std::max(1, m.captured(3).toInt());
    QStringList out;
    bool numeric = false;
    const int a = from.toInt(&numeric), b = to.toInt();
    if (numeric) {
        for (int i = a; i <= b && out.size() < 10000; i += step) {
            const QString n = from.size() > 1 && from.startsWith(u'0')
                                  ? u"%1"_s.arg(i, int(from.size()), 10, QLatin1Char('0'))
                                  : QString::number(i);
            for (const QString& tail : tails)
                out.append(head + n + tail);
        }
    } else {
        for (char16_t c = from.at(0).unicode(); c <= to.at(0).unicode(); c += char16_t(step)) {
            for (const QString& tail : tails)
                out.append(head + QChar(c) + tail);
        }
    }
    return out;
}

// ansible_host / ansible_port / ansible_user (and the older ansible_ssh_* names) onto an entry.
void applyAnsibleVar(HostConfig& config, const QString& key, const QString& value) {
    if (key == "ansible_host"_L1 || key == "ansible_ssh_host"_L1)
        config.host = value;
    else if (key == "ansible_port"_L1 || key == "ansible_ssh_port"_L1)
        config.port = value.toInt();
    else if (key == "ansible_user"_L1 || key == "ansible_ssh_user"_L1)
        config.user = value;
    else if (key == "ansible_ssh_private_key_file"_L1)
        config.identityFile = value;
}

void addGroup(HostConfig& config, const QString& group) {
    if (!group.isEmpty() && group != "all"_L1 && !config.groups.contains(group))
        config.groups.append(group);
}

} // namespace

ImportedHosts hostsFromSshConfig(const QString& text) {
    Collector c;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // "Keyword value" or "Keyword=value".
        const qsizetype eq = line.indexOf(u'=');
        const qsizetype space = line.indexOf(QRegularExpression(u"\\s"_s));
        if (eq > 0 && (space < 0 || eq < space))
            line[eq] = u' ';
        const QStringList w = words(line);
        const QString keyword = w.value(0).toLower();
        const QString where = Tr::tr("line %1").arg(i + 1);
        if (keyword == "include"_L1) {
            c.result.skipped.append(
                Tr::tr("Include %1 (%2): included files are not read; import them on their own")
                    .arg(w.mid(1).join(u' '), where));
        } else if (keyword == "match"_L1) {
            c.result.skipped.append(Tr::tr("Match %1 (%2): a Match block names no host")
                                        .arg(w.mid(1).join(u' '), where));
        } else if (keyword == "host"_L1) {
            for (const QString& name : w.mid(1)) {
                if (name.contains(u'*') || name.contains(u'?') || name.startsWith(u'!')) {
                    c.result.skipped.append(
                        Tr::tr("%1 (%2): a pattern, not one server").arg(name, where));
                    continue;
                }
                if (HostConfig* config = c.add(name, where))
                    config->name.clear(); // shown as the alias itself
            }
        }
    }
    return c.result;
}

ImportedHosts hostsFromAnsibleIni(const QString& text) {
    Collector c;
    enum class Section { Hosts, Vars, Children, Other };
    Section section = Section::Hosts;
    QString group = u"ungrouped"_s;
    std::map<QString, QStringList> children; // group → its child groups
    std::map<QString, QList<std::pair<QString, QString>>> groupVars;
    std::map<QString, QStringList> members; // group → host names
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = stripComment(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u';'))
            continue;
        const QString where = Tr::tr("line %1").arg(i + 1);
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            const QString name = line.mid(1, line.size() - 2).trimmed();
            const qsizetype colon = name.indexOf(u':');
            group = colon < 0 ? name : name.left(colon);
            const QString kind = colon < 0 ? QString() : name.mid(colon + 1);
            section = kind.isEmpty()          ? Section::Hosts
                      : kind == "vars"_L1     ? Section::Vars
                      : kind == "children"_L1 ? Section::Children
                                              : Section::Other;
            continue;
        }
        const QStringList w = words(line);
        switch (section) {
        case Section::Hosts:
            for (const QString& name : expandRange(w.value(0))) {
                HostConfig* config = c.add(name, where);
                if (!config)
                    continue;
                addGroup(*config, group);
                for (const QString& assignment : w.mid(1)) {
                    const qsizetype eq = assignment.indexOf(u'=');
                    if (eq > 0)
                        applyAnsibleVar(*config, assignment.left(eq), assignment.mid(eq + 1));
                }
                members[group].append(name);
            }
            break;
        case Section::Vars: {
            const qsizetype eq = line.indexOf(u'=');
            if (eq > 0)
                groupVars[group].append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
            break;
        }
        case Section::Children:
            children[group].append(w.value(0));
            break;
        case Section::Other:
            break;
        }
    }
    // Groups of groups: a host in a child group is in the parent too; group vars apply to all.
    std::function<void(const QString&, const QString&, int)> spread =
        [&](const QString& parent, const QString& child, int depth) {
            if (depth > 32)
                return;
            for (const QString& name : members[child]) {
                if (HostConfig* config = c.find(name))
                    addGroup(*config, parent);
            }
            for (const QString& grandchild : children[child])
                spread(parent, grandchild, depth + 1);
        };
    for (const auto& [parent, kids] : children) {
        for (const QString& kid : kids)
            spread(parent, kid, 0);
    }
    for (HostConfig& config : c.result.hosts) {
        for (const QString& g : config.groups) {
            for (const auto& [key, value] : groupVars[g]) {
                // The host's own line wins over its groups' vars.
                if ((key == "ansible_host"_L1 && config.host != config.name) ||
                    (key == "ansible_port"_L1 && config.port != 0) ||
                    (key == "ansible_user"_L1 && !config.user.isEmpty()))
                    continue;
                applyAnsibleVar(config, key, value);
            }
        }
    }
    return c.result;
}

ImportedHosts hostsFromAnsibleJson(const QByteArray& json) {
    Collector c;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        c.result.skipped.append(Tr::tr("The inventory is not the JSON of ansible-inventory --list "
                                       "(%1).")
                                    .arg(error.errorString()));
        return c.result;
    }
    const QJsonObject root = doc.object();
    const QJsonObject hostvars = root.value("_meta"_L1).toObject().value("hostvars"_L1).toObject();
    // Groups in the order ansible-inventory lists them, each with its direct hosts.
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == "_meta"_L1)
            continue;
        for (const QJsonValue& host : it.value().toObject().value("hosts"_L1).toArray()) {
            const QString name = host.toString();
            HostConfig* config = c.add(name, Tr::tr("group %1").arg(it.key()));
            if (!config)
                continue;
            addGroup(*config, it.key());
            const QJsonObject vars = hostvars.value(name).toObject();
            for (auto v = vars.begin(); v != vars.end(); ++v)
                applyAnsibleVar(*config, v.key(),
                                v.value().isDouble() ? QString::number(v.value().toInt())
                                                     : v.value().toString());
        }
    }
    // Parent groups: a host in a child group is in its parents too.
    std::function<QStringList(const QString&, int)> hostsOf = [&](const QString& group, int depth) {
        QStringList out;
        if (depth > 32)
            return out;
        const QJsonObject g = root.value(group).toObject();
        for (const QJsonValue& h : g.value("hosts"_L1).toArray())
            out.append(h.toString());
        for (const QJsonValue& child : g.value("children"_L1).toArray())
            out += hostsOf(child.toString(), depth + 1);
        return out;
    };
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == "_meta"_L1)
            continue;
        for (const QString& name : hostsOf(it.key(), 0)) {
            if (HostConfig* config = c.find(name))
                addGroup(*config, it.key());
        }
    }
    return c.result;
}

} // namespace ipcscope
