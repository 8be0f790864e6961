<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ssh</name>
    <message numerus="yes">
        <source>The connection to %1 timed out after %n second(s). Check the address and the network, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>The connection to %1 timed out after %n second. Check the address and the network, or allow more time in the connection settings.</numerusform>
            <numerusform>The connection to %1 timed out after %n seconds. Check the address and the network, or allow more time in the connection settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::CleanupRunner</name>
    <message numerus="yes">
        <source>Re-checking and removing %n object(s)…</source>
        <translation>
            <numerusform>Re-checking and removing %n object…</numerusform>
            <numerusform>Re-checking and removing %n objects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::ConfirmCleanupPage</name>
    <message numerus="yes">
        <source>%n object(s) will be removed on %1.</source>
        <translation>
            <numerusform>%n object will be removed on %1.</numerusform>
            <numerusform>%n objects will be removed on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them in use and forced.</source>
        <translation>
            <numerusform>%n of them in use and forced.</numerusform>
            <numerusform>%n of them in use and forced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::DiagnosisPanel</name>
    <message numerus="yes">
        <source>Start the cleanup for the %n object(s) left behind</source>
        <translation>
            <numerusform>Start the cleanup for the %n object left behind</numerusform>
            <numerusform>Start the cleanup for the %n objects left behind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::HistoryPage</name>
    <message numerus="yes">
        <source>%n snapshot(s) of %1 from %2 to %3.</source>
        <translation>
            <numerusform>%n snapshot of %1 from %2 to %3.</numerusform>
            <numerusform>%n snapshots of %1 from %2 to %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::ObjectDetailsPanel</name>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n process</numerusform>
            <numerusform>%n processes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::ObjectsPage</name>
    <message numerus="yes">
        <source>Showing %n object(s) of a finding.</source>
        <translation>
            <numerusform>Showing %n object of a finding.</numerusform>
            <numerusform>Showing %n objects of a finding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::OverviewPage</name>
    <message numerus="yes">
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 on %4 · snapshot taken %5 · %n object(s)</source>
        <translation>
            <numerusform>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 on %4 · snapshot taken %5 · %n object</numerusform>
            <numerusform>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 on %4 · snapshot taken %5 · %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) in the object tables.</source>
        <translation>
            <numerusform>%n more finding in the object tables.</numerusform>
            <numerusform>%n more findings in the object tables.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::SuggestionsPage</name>
    <message numerus="yes">
        <source>%n limit(s) could be raised. Each row says why.</source>
        <translation>
            <numerusform>%n limit could be raised. Each row says why.</numerusform>
            <numerusform>%n limits could be raised. Each row says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::TestPage</name>
    <message numerus="yes">
        <source>Read %n IPC object(s) — done</source>
        <translation>
            <numerusform>Read %n IPC object — done</numerusform>
            <numerusform>Read %n IPC objects — done</numerusform>
        </translation>
    </message>
</context>
</TS>
