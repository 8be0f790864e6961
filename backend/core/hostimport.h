// SPDX-License-Identifier: GPL-3.0-or-later
// Host entries in bulk from the files where admins already list their servers: the `Host` entries
// of an OpenSSH client configuration (without patterns; user, port and keys stay in that file,
// where the SSH transport reads them), and an Ansible inventory (INI directly, YAML through the
// JSON of `ansible-inventory --list`), with the inventory's groups.
#pragma once

#include "core/hostconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ipcscope {

struct ImportedHosts {
    QList<HostConfig> hosts; // in file order, each name once; ids left empty
    QStringList skipped;     // what was left out and why, one sentence each (translated)
};

// `Host` lines of an ssh_config(5) file: every name without * ? or ! becomes an entry that
// reaches it as `ssh NAME` would. Match blocks and patterns are skipped (said in `skipped`);
// Include is not followed (said too).
ImportedHosts hostsFromSshConfig(const QString& text);

// An Ansible inventory in INI form: hosts under [group] sections (before any: "ungrouped"),
// ansible_host / ansible_port / ansible_user on the host's line or in [group:vars], groups of
// groups from [group:children], and ranges such as web[01:20].example.com.
ImportedHosts hostsFromAnsibleIni(const QString& text);

// The JSON that `ansible-inventory -i FILE --list` prints (how YAML inventories are read).
ImportedHosts hostsFromAnsibleJson(const QByteArray& json);

} // namespace ipcscope
