<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DiagnosisPanel</name>
    <message>
        <source>The PDF could not be written to %1 (%2).</source>
        <translation>Das PDF konnte nicht nach %1 geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>IPC report</source>
        <translation>IPC-Bericht</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 (owner, group, others)</source>
        <translation>%1 (Eigentümer, Gruppe, andere)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 EiB</source>
        <translation>%1 EiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s)</source>
        <translation>
            <numerusform>%1 Seite</numerusform>
            <numerusform>%1 Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Analysis</name>
    <message>
        <source>%1 of %2 %3 are used by objects that are not orphaned (%4 %); twice the use leaves room to grow.</source>
        <translation>Von nicht verwaisten Objekten genutzt: %1, Grenze: %2 %3 (%4 %); die doppelte Nutzung lässt Luft zum Wachsen.</translation>
    </message>
    <message>
        <source>ceil((max_connections %1 + autovacuum_max_workers %2 + max_wal_senders %3 + max_worker_processes %4 + 5) / 16) = %5</source>
        <translation>ceil((max_connections %1 + autovacuum_max_workers %2 + max_wal_senders %3 + max_worker_processes %4 + 5) / 16) = %5</translation>
    </message>
    <message>
        <source>PostgreSQL needs %1 semaphore sets, plus the %2 in use.</source>
        <translation>PostgreSQL braucht %1 Semaphorsätze, zusätzlich zu den %2 genutzten.</translation>
    </message>
    <message>
        <source>PostgreSQL needs %1 × 17 semaphores, plus the %2 in use.</source>
        <translation>PostgreSQL braucht %1 × 17 Semaphoren, zusätzlich zu den %2 genutzten.</translation>
    </message>
    <message>
        <source>PostgreSQL needs sets of 17 semaphores.</source>
        <translation>PostgreSQL braucht Sätze zu 17 Semaphoren.</translation>
    </message>
    <message>
        <source>PostgreSQL needs one segment, plus the segments in use.</source>
        <translation>PostgreSQL braucht ein Segment, zusätzlich zu den genutzten Segmenten.</translation>
    </message>
    <message>
        <source>Oracle Database requires at least %1.</source>
        <translation>Oracle Database verlangt mindestens %1.</translation>
    </message>
    <message>
        <source>Oracle Database requires half the physical memory (%1 bytes).</source>
        <translation>Oracle Database verlangt die Hälfte des physischen Speichers (%1 Bytes).</translation>
    </message>
    <message>
        <source>Oracle Database requires 40 % of the physical memory in pages of %1 bytes: %2.</source>
        <translation>Oracle Database verlangt 40 % des physischen Speichers in Seiten zu %1 Bytes: %2.</translation>
    </message>
    <message>
        <source>Db2 requires %1 per GB of RAM (%2 GB): %3.</source>
        <translation>Db2 verlangt %1 je GB RAM (%2 GB): %3.</translation>
    </message>
    <message>
        <source>Db2 requires %1.</source>
        <translation>Db2 verlangt %1.</translation>
    </message>
    <message>
        <source>Db2 requires the size of the RAM (%1 bytes).</source>
        <translation>Db2 verlangt die Größe des RAM (%1 Bytes).</translation>
    </message>
    <message>
        <source>Db2 requires twice the RAM in pages of %1 bytes: %2.</source>
        <translation>Db2 verlangt das Doppelte des RAM in Seiten zu %1 Bytes: %2.</translation>
    </message>
    <message>
        <source>%1 The kernel accepts at most %2 (more needs the ipcmni_extend boot option).</source>
        <translation>%1 Der Kernel erlaubt höchstens %2 (mehr erfordert die Boot-Option ipcmni_extend).</translation>
    </message>
    <message>
        <source>%1 %2 is the default of current kernels, and a suggestion never goes below it.</source>
        <translation>%1 %2 ist der Standardwert aktueller Kernel; ein Vorschlag liegt nie darunter.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source># Kernel IPC limits suggested by IPC Scope for %1.</source>
        <translation># Von IPC Scope vorgeschlagene IPC-Grenzen des Kernels für %1.</translation>
    </message>
    <message>
        <source># Save as /etc/sysctl.d/90-ipcscope.conf and load with: sysctl --system</source>
        <translation># Als /etc/sysctl.d/90-ipcscope.conf speichern und laden mit: sysctl --system</translation>
    </message>
    <message>
        <source># %1: %2 -&gt; %3. %4 (%5)</source>
        <translation># %1: %2 -&gt; %3. %4 (%5)</translation>
    </message>
    <message>
        <source># Fields: %1</source>
        <translation># Felder: %1</translation>
    </message>
    <message numerus="yes">
        <source>set(s)</source>
        <translation>
            <numerusform>Satz</numerusform>
            <numerusform>Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>semaphore(s)</source>
        <translation>
            <numerusform>Semaphor</numerusform>
            <numerusform>Semaphoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>segment(s)</source>
        <translation>
            <numerusform>Segment</numerusform>
            <numerusform>Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page(s)</source>
        <translation>
            <numerusform>Seite</numerusform>
            <numerusform>Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>byte(s)</source>
        <translation>
            <numerusform>Byte</numerusform>
            <numerusform>Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queue(s)</source>
        <translation>
            <numerusform>Warteschlange</numerusform>
            <numerusform>Warteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>message(s)</source>
        <translation>
            <numerusform>Nachricht</numerusform>
            <numerusform>Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s)</source>
        <translation>
            <numerusform>%n Semaphorsatz</numerusform>
            <numerusform>%n Semaphorsätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared memory segment(s)</source>
        <translation>
            <numerusform>%n Shared-Memory-Segment</numerusform>
            <numerusform>%n Shared-Memory-Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message queue(s)</source>
        <translation>
            <numerusform>%n Nachrichtenwarteschlange</numerusform>
            <numerusform>%n Nachrichtenwarteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX shared memory object(s)</source>
        <translation>
            <numerusform>%n POSIX-Shared-Memory-Objekt</numerusform>
            <numerusform>%n POSIX-Shared-Memory-Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX semaphore(s)</source>
        <translation>
            <numerusform>%n POSIX-Semaphor</numerusform>
            <numerusform>%n POSIX-Semaphoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX message queue(s)</source>
        <translation>
            <numerusform>%n POSIX-Nachrichtenwarteschlange</numerusform>
            <numerusform>%n POSIX-Nachrichtenwarteschlangen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2 % used (%3 of %4 %5); cleaning up the orphaned objects frees %6 of them.</source>
        <translation>%1 ist zu %2 % belegt (genutzt: %3, Grenze: %4 %5); das Aufräumen der verwaisten Objekte gibt %6 davon frei.</translation>
    </message>
    <message>
        <source>%1 is %2 % used (%3 of %4 %5).</source>
        <translation>%1 ist zu %2 % belegt (genutzt: %3, Grenze: %4 %5).</translation>
    </message>
    <message>
        <source>%1 left behind by %2, which was restarted at %3</source>
        <translation>%1 zurückgelassen von %2, das um %3 neu gestartet wurde</translation>
    </message>
    <message>
        <source>%1 left behind by %2, which is not running</source>
        <translation>%1 zurückgelassen von %2, das nicht läuft</translation>
    </message>
    <message>
        <source>Left behind by user %2: %1 whose processes exited; %2 runs no processes</source>
        <translation>Zurückgelassen von Benutzer %2: %1, deren Prozesse beendet sind; %2 hat keine laufenden Prozesse</translation>
    </message>
    <message>
        <source>Possibly orphaned: %1 whose processes exited while the owner still runs other processes</source>
        <translation>Möglicherweise verwaist: %1, deren Prozesse beendet sind, während der Eigentümer noch andere Prozesse ausführt</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel limit(s) should be raised</source>
        <translation>
            <numerusform>%n Kernel-Grenze sollte erhöht werden</numerusform>
            <numerusform>%n Kernel-Grenzen sollten erhöht werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be judged: read without the helper, which processes use them is not known</source>
        <translation>%1 ließ sich nicht beurteilen: ohne Helfer gelesen, daher ist unbekannt, welche Prozesse sie nutzen</translation>
    </message>
    <message>
        <source>%1 could not be judged without per-semaphore detail, which could not be read even as root</source>
        <translation>%1 ließ sich ohne Angaben zu den einzelnen Semaphoren nicht beurteilen; diese waren selbst als root nicht lesbar</translation>
    </message>
    <message>
        <source>%1 could not be judged without per-semaphore detail: run as root (e.g. with --sudo)</source>
        <translation>%1 ließ sich ohne Angaben zu den einzelnen Semaphoren nicht beurteilen: als root ausführen (z. B. mit --sudo)</translation>
    </message>
    <message>
        <source>%1 could not be judged: the snapshot could not see enough (the reasons say what is missing)</source>
        <translation>%1 ließ sich nicht beurteilen: der Snapshot konnte nicht genug sehen (die Gründe sagen, was fehlt)</translation>
    </message>
    <message>
        <source>Read without the helper: no per-semaphore detail, fewer verdicts, and no cleanup</source>
        <translation>Ohne Helfer gelesen: keine Angaben zu einzelnen Semaphoren, weniger Urteile und kein Aufräumen</translation>
    </message>
    <message>
        <source>Nothing to clean up: no orphaned objects, and every limit has room</source>
        <translation>Nichts aufzuräumen: keine verwaisten Objekte, und jede Grenze hat Luft</translation>
    </message>
    <message>
        <source>semaphore sets on the system</source>
        <translation>Semaphorsätze im System</translation>
    </message>
    <message>
        <source>semaphores in all sets together</source>
        <translation>Semaphoren in allen Sätzen zusammen</translation>
    </message>
    <message>
        <source>semaphores in the largest set (the limit applies to each set)</source>
        <translation>Semaphoren im größten Satz (die Grenze gilt je Satz)</translation>
    </message>
    <message>
        <source>shared memory segments on the system</source>
        <translation>Shared-Memory-Segmente im System</translation>
    </message>
    <message>
        <source>pages of all shared memory segments together</source>
        <translation>Seiten aller Shared-Memory-Segmente zusammen</translation>
    </message>
    <message>
        <source>size of the largest segment (the limit applies to each segment)</source>
        <translation>Größe des größten Segments (die Grenze gilt je Segment)</translation>
    </message>
    <message>
        <source>message queues on the system</source>
        <translation>Nachrichtenwarteschlangen im System</translation>
    </message>
    <message>
        <source>bytes waiting in the fullest message queue (each queue has its own limit, which starts as MSGMNB)</source>
        <translation>Bytes in der vollsten Nachrichtenwarteschlange (jede Warteschlange hat ihre eigene Grenze, die mit MSGMNB beginnt)</translation>
    </message>
    <message>
        <source>POSIX message queues (processes with CAP_SYS_RESOURCE may exceed it)</source>
        <translation>POSIX-Nachrichtenwarteschlangen (Prozesse mit CAP_SYS_RESOURCE dürfen sie überschreiten)</translation>
    </message>
    <message>
        <source>semaphore set</source>
        <translation>Semaphorsatz</translation>
    </message>
    <message>
        <source>shared memory segment</source>
        <translation>Shared-Memory-Segment</translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>POSIX shared memory object</source>
        <translation>POSIX-Shared-Memory-Objekt</translation>
    </message>
    <message>
        <source>POSIX named semaphore</source>
        <translation>Benanntes POSIX-Semaphor</translation>
    </message>
    <message>
        <source>POSIX message queue</source>
        <translation>POSIX-Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Possibly orphaned</source>
        <translation>Möglicherweise verwaist</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>IPC Scope report for %1 (Linux %2, %3), snapshot taken %4</source>
        <translation>IPC-Scope-Bericht für %1 (Linux %2, %3), Snapshot vom %4</translation>
    </message>
    <message>
        <source>Read without the helper (agentless): no per-semaphore detail, no cleanup.</source>
        <translation>Ohne Helfer gelesen (agentless): keine Angaben zu einzelnen Semaphoren, kein Aufräumen.</translation>
    </message>
    <message>
        <source>Not everything could be read (not root): some verdicts are unknown. Run with --sudo for the full view.</source>
        <translation>Nicht alles konnte gelesen werden (nicht root): einige Urteile sind unbekannt. Mit --sudo ausführen für die volle Ansicht.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>GRENZE</translation>
    </message>
    <message>
        <source>PARAMETER</source>
        <translation>PARAMETER</translation>
    </message>
    <message>
        <source>USED</source>
        <translation>BELEGT</translation>
    </message>
    <message>
        <source>OF</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>USE</source>
        <translation>NUTZUNG</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>WHAT IT LIMITS</source>
        <translation>WAS SIE BEGRENZT</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>SETS</source>
        <translation>SÄTZE</translation>
    </message>
    <message>
        <source>SEMS</source>
        <translation>SEMS</translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation>SEGMENTE</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>QUEUES</source>
        <translation>WARTESCHLANGEN</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>POSIX</source>
        <translation>POSIX</translation>
    </message>
    <message>
        <source>IN USE</source>
        <translation>IN GEBRAUCH</translation>
    </message>
    <message>
        <source>ORPHANED</source>
        <translation>VERWAIST</translation>
    </message>
    <message>
        <source>POSSIBLY</source>
        <translation>MÖGLICHERWEISE</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>UNBEKANNT</translation>
    </message>
    <message>
        <source>PROCESSES</source>
        <translation>PROZESSE</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>  no IPC objects</source>
        <translation>  keine IPC-Objekte</translation>
    </message>
    <message>
        <source>%1 id %2 key 0x%3</source>
        <translation>%1 ID %2 Schlüssel 0x%3</translation>
    </message>
    <message>
        <source>%1 /%2</source>
        <translation>%1 /%2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Eigentümer %1</translation>
    </message>
    <message>
        <source>Objects that are not in use: %1 of %2</source>
        <translation>Objekte, die nicht in Gebrauch sind: %1 von %2</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>  Every limit is sufficient; nothing to change.</source>
        <translation>  Jede Grenze reicht aus; nichts zu ändern.</translation>
    </message>
    <message>
        <source>  %1 (%2): %3 -&gt; %4</source>
        <translation>  %1 (%2): %3 -&gt; %4</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>A file for /etc/sysctl.d/:</source>
        <translation>Eine Datei für /etc/sysctl.d/:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>running as %1 since %2</source>
        <translation>läuft als %1 seit %2</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>%1: %2; %3 objects, %4 orphaned</source>
        <translation>%1: %2; %3 Objekte, %4 verwaist</translation>
    </message>
    <message>
        <source>Fix at the root: %1</source>
        <translation>An der Ursache beheben: %1</translation>
    </message>
    <message>
        <source>Apache keeps its mutexes in System V semaphores (Mutex sysvsem); when Apache is killed they stay behind until the limit is reached and Apache no longer starts. Use a mechanism that leaves nothing behind, e.g. &quot;Mutex fcntl:${APACHE_LOCK_DIR} default&quot; (or file: / pthread) in the server configuration.</source>
        <translation>Apache hält seine Mutexe in System-V-Semaphoren (Mutex sysvsem); wird Apache abgeschossen, bleiben sie zurück, bis die Grenze erreicht ist und Apache nicht mehr startet. Verwenden Sie einen Mechanismus, der nichts zurücklässt, z. B. &quot;Mutex fcntl:${APACHE_LOCK_DIR} default&quot; (oder file: / pthread) in der Serverkonfiguration.</translation>
    </message>
    <message>
        <source>A PostgreSQL server that is killed leaves its semaphores and segment behind until its next start. If its objects vanish while it runs, systemd-logind removed them when the last session of its user ended: set RemoveIPC=no in /etc/systemd/logind.conf or make postgres a system user.</source>
        <translation>Ein PostgreSQL-Server, der abgeschossen wird, hinterlässt seine Semaphoren und sein Segment bis zum nächsten Start. Verschwinden seine Objekte, während er läuft, hat systemd-logind sie beim Ende der letzten Sitzung seines Benutzers entfernt: setzen Sie RemoveIPC=no in /etc/systemd/logind.conf oder machen Sie postgres zu einem Systembenutzer.</translation>
    </message>
    <message>
        <source>Oracle removes its segments and semaphores at a clean shutdown; leftovers come from a crashed instance (check with sysresv before removing). Set RemoveIPC=no in /etc/systemd/logind.conf so that systemd does not remove the objects of a running instance.</source>
        <translation>Oracle entfernt seine Segmente und Semaphoren beim sauberen Herunterfahren; Reste stammen von einer abgestürzten Instanz (vor dem Entfernen mit sysresv prüfen). Setzen Sie RemoveIPC=no in /etc/systemd/logind.conf, damit systemd die Objekte einer laufenden Instanz nicht entfernt.</translation>
    </message>
    <message>
        <source>Db2 leaves its objects behind when an instance ends abnormally; run ipclean as the instance owner. Set RemoveIPC=no in /etc/systemd/logind.conf so that systemd does not remove the objects of a running instance.</source>
        <translation>Db2 hinterlässt seine Objekte, wenn eine Instanz abnormal endet; führen Sie ipclean als Instanzeigentümer aus. Setzen Sie RemoveIPC=no in /etc/systemd/logind.conf, damit systemd die Objekte einer laufenden Instanz nicht entfernt.</translation>
    </message>
    <message>
        <source>A crashed SAP instance leaves its objects behind; remove them with &quot;cleanipc &lt;instance number&gt; remove&quot; as &lt;sid&gt;adm. Set RemoveIPC=no in /etc/systemd/logind.conf so that systemd does not remove the objects of a running instance.</source>
        <translation>Eine abgestürzte SAP-Instanz hinterlässt ihre Objekte; entfernen Sie sie mit &quot;cleanipc &lt;Instanznummer&gt; remove&quot; als &lt;sid&gt;adm. Setzen Sie RemoveIPC=no in /etc/systemd/logind.conf, damit systemd die Objekte einer laufenden Instanz nicht entfernt.</translation>
    </message>
    <message>
        <source>uWSGI uses System V semaphores only with --lock-engine ipcsem; its default lock engine leaves nothing behind when uWSGI is killed.</source>
        <translation>uWSGI nutzt System-V-Semaphoren nur mit --lock-engine ipcsem; seine Standard-Lock-Engine hinterlässt nichts, wenn uWSGI abgeschossen wird.</translation>
    </message>
    <message>
        <source>Objects created with PHP&apos;s sem_get(), shm_attach() or msg_get_queue() stay until the application removes them (sem_remove(), shm_remove(), msg_remove_queue()); a killed worker leaves them behind.</source>
        <translation>Mit sem_get(), shm_attach() oder msg_get_queue() von PHP erzeugte Objekte bleiben, bis die Anwendung sie entfernt (sem_remove(), shm_remove(), msg_remove_queue()); ein abgeschossener Worker lässt sie zurück.</translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>PID %1</translation>
    </message>
    <message>
        <source>last used by %1, which is still running</source>
        <translation>zuletzt genutzt von %1, das noch läuft</translation>
    </message>
    <message>
        <source>created by %1, which is still running</source>
        <translation>erstellt von %1, das noch läuft</translation>
    </message>
    <message>
        <source>last attached or detached by %1, which is still running</source>
        <translation>zuletzt angehängt oder abgehängt von %1, das noch läuft</translation>
    </message>
    <message>
        <source>the last message was sent by %1, which is still running</source>
        <translation>die letzte Nachricht wurde von %1 gesendet, das noch läuft</translation>
    </message>
    <message>
        <source>the last message was received by %1, which is still running</source>
        <translation>die letzte Nachricht wurde von %1 empfangen, das noch läuft</translation>
    </message>
    <message>
        <source>mapped by %1, which is still running</source>
        <translation>eingeblendet von %1, das noch läuft</translation>
    </message>
    <message>
        <source>%1 is registered for notifications and still running</source>
        <translation>%1 ist für Benachrichtigungen registriert und läuft noch</translation>
    </message>
    <message>
        <source>last used by %1, which exited</source>
        <translation>zuletzt genutzt von %1, das beendet ist</translation>
    </message>
    <message>
        <source>created by %1, which exited</source>
        <translation>erstellt von %1, das beendet ist</translation>
    </message>
    <message>
        <source>last attached or detached by %1, which exited</source>
        <translation>zuletzt angehängt oder abgehängt von %1, das beendet ist</translation>
    </message>
    <message>
        <source>the last message was sent by %1, which exited</source>
        <translation>die letzte Nachricht wurde von %1 gesendet, das beendet ist</translation>
    </message>
    <message>
        <source>the last message was received by %1, which exited</source>
        <translation>die letzte Nachricht wurde von %1 empfangen, das beendet ist</translation>
    </message>
    <message>
        <source>mapped by %1, which exited</source>
        <translation>eingeblendet von %1, das beendet ist</translation>
    </message>
    <message>
        <source>%1 registered for notifications and exited</source>
        <translation>%1 war für Benachrichtigungen registriert und ist beendet</translation>
    </message>
    <message>
        <source>created by %1, which exited (a zombie not yet reaped by its parent)</source>
        <translation>erstellt von %1, das beendet ist (ein Zombie, den sein Elternprozess noch nicht abgeholt hat)</translation>
    </message>
    <message>
        <source>last used by %1, which exited (a zombie not yet reaped by its parent)</source>
        <translation>zuletzt genutzt von %1, das beendet ist (ein Zombie, den sein Elternprozess noch nicht abgeholt hat)</translation>
    </message>
    <message>
        <source>pid %1 is alive but started after the object was created: a different process reused the pid</source>
        <translation>PID %1 lebt, startete aber nach der Erstellung des Objekts: ein anderer Prozess hat die PID wiederverwendet</translation>
    </message>
    <message>
        <source>pid %1 is alive but started after the last operation: a different process reused the pid</source>
        <translation>PID %1 lebt, startete aber nach der letzten Operation: ein anderer Prozess hat die PID wiederverwendet</translation>
    </message>
    <message>
        <source>pid %1 could not be checked: read without the helper</source>
        <translation>PID %1 konnte nicht geprüft werden: ohne Helfer gelesen</translation>
    </message>
    <message>
        <source>pid %1 is missing from the snapshot&apos;s process list, so whether it runs is not known</source>
        <translation>PID %1 fehlt in der Prozessliste des Snapshots, daher ist unbekannt, ob sie läuft</translation>
    </message>
    <message>
        <source>pid %1 is not visible: other users&apos; processes are hidden (/proc mounted with hidepid)</source>
        <translation>PID %1 ist nicht sichtbar: Prozesse anderer Benutzer sind verborgen (/proc mit hidepid eingehängt)</translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) that used it are still running</source>
        <translation>
            <numerusform>%n weiterer Prozess, der es genutzt hat, läuft noch</numerusform>
            <numerusform>%n weitere Prozesse, die es genutzt haben, laufen noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) that used it exited or were replaced</source>
        <translation>
            <numerusform>%n weiterer Prozess, der es genutzt hat, wurde beendet oder ersetzt</numerusform>
            <numerusform>%n weitere Prozesse, die es genutzt haben, wurden beendet oder ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>pid %1 (%2), %3</source>
        <translation>PID %1 (%2), %3</translation>
    </message>
    <message>
        <source>pid %1, %2</source>
        <translation>PID %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1; %2 could be %3 and might map it</source>
        <translation>
            <numerusform>%n Prozess konnte nicht geprüft werden: %1; %2 könnte %3 sein und es einblenden</numerusform>
            <numerusform>%n Prozesse konnten nicht geprüft werden: %1; %2 könnte %3 sein und es einblenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1; %2 might map it</source>
        <translation>
            <numerusform>%n Prozess konnte nicht geprüft werden: %1; %2 blendet es womöglich ein</numerusform>
            <numerusform>%n Prozesse konnten nicht geprüft werden: %1; %2 blendet es womöglich ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1; none of them can be %2</source>
        <translation>
            <numerusform>%n Prozess konnte nicht geprüft werden: %1; er kann nicht %2 sein</numerusform>
            <numerusform>%n Prozesse konnten nicht geprüft werden: %1; keiner davon kann %2 sein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1</source>
        <translation>
            <numerusform>%n Prozess konnte nicht geprüft werden: %1</numerusform>
            <numerusform>%n Prozesse konnten nicht geprüft werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>other users&apos; processes are hidden (/proc mounted with hidepid): whether anything still uses it is not known</source>
        <translation>Prozesse anderer Benutzer sind verborgen (/proc mit hidepid eingehängt): ob es noch etwas nutzt, ist unbekannt</translation>
    </message>
    <message>
        <source>which processes map it could not be read, even as root (a container without CAP_SYS_PTRACE, /proc mounted with hidepid= or Yama refuses it): run a current helper, which names the processes it could not check, in the host&apos;s PID namespace</source>
        <translation>welche Prozesse es einblenden, war selbst als root nicht lesbar (ein Container ohne CAP_SYS_PTRACE, /proc mit hidepid= eingehängt, oder Yama verweigert es): einen aktuellen Helfer, der die Prozesse nennt, die er nicht prüfen konnte, im PID-Namensraum des Hosts ausführen</translation>
    </message>
    <message>
        <source>which processes map it could not be read (run as root, e.g. with --sudo)</source>
        <translation>welche Prozesse es einblenden, war nicht lesbar (als root ausführen, z. B. mit --sudo)</translation>
    </message>
    <message>
        <source>read without the helper: which processes use this set is not known</source>
        <translation>ohne Helfer gelesen: welche Prozesse diesen Satz nutzen, ist unbekannt</translation>
    </message>
    <message>
        <source>per-semaphore detail could not be read, even as root (semctl failed): which processes use this set is not known</source>
        <translation>Angaben zu einzelnen Semaphoren waren selbst als root nicht lesbar (semctl schlug fehl): welche Prozesse diesen Satz nutzen, ist unbekannt</translation>
    </message>
    <message>
        <source>per-semaphore detail could not be read (run as root, e.g. with --sudo): which processes use this set is not known</source>
        <translation>Angaben zu einzelnen Semaphoren waren nicht lesbar (als root ausführen, z. B. mit --sudo): welche Prozesse diesen Satz nutzen, ist unbekannt</translation>
    </message>
    <message>
        <source>the running %1 (pid %2) was started by pid %3</source>
        <translation>das laufende %1 (PID %2) wurde von PID %3 gestartet</translation>
    </message>
    <message>
        <source>the running %1 (pid %2) created its own at %3</source>
        <translation>das laufende %1 (PID %2) hat seine eigenen Objekte um %3 erstellt</translation>
    </message>
    <message>
        <source>the running %1 (pid %2) had its own created by its child pid %3</source>
        <translation>das laufende %1 (PID %2) ließ seine eigenen Objekte von seinem Kindprozess PID %3 erstellen</translation>
    </message>
    <message>
        <source>the running %1 (pid %2) started at %3</source>
        <translation>das laufende %1 (PID %2) startete um %3</translation>
    </message>
    <message>
        <source>created by pid %1, which started the running %2 (pid %3): it belongs to the running %2</source>
        <translation>erstellt von PID %1, die das laufende %2 (PID %3) gestartet hat: es gehört zum laufenden %2</translation>
    </message>
    <message>
        <source>used at %1, after the running %2 (pid %3) started, by its processes that have exited since: it belongs to the running %2</source>
        <translation>genutzt um %1, nach dem Start des laufenden %2 (PID %3), von dessen inzwischen beendeten Prozessen: es gehört zum laufenden %2</translation>
    </message>
    <message>
        <source>pid %1 was started before the running %2 (pid %3): it belonged to an earlier start of %2, which is gone</source>
        <translation>PID %1 startete vor dem laufenden %2 (PID %3): es gehörte zu einem früheren Start von %2, der nicht mehr läuft</translation>
    </message>
    <message>
        <source>created by pid %1 for an earlier start of %2, which was killed; %3</source>
        <translation>erstellt von PID %1 für eine frühere Instanz von %2, die abgeschossen wurde; %3</translation>
    </message>
    <message>
        <source>created for an earlier start of %1, which was killed (it was last used before the running %1&apos;s own objects were made); %2</source>
        <translation>erstellt für eine frühere Instanz von %1, die abgeschossen wurde (es wurde zuletzt genutzt, bevor die eigenen Objekte des laufenden %1 erstellt wurden); %2</translation>
    </message>
    <message>
        <source>whether %1 is running could not be read</source>
        <translation>ob %1 läuft, war nicht lesbar</translation>
    </message>
    <message>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <source>created before the running %1 master started at %2</source>
        <translation>erstellt vor dem Start des laufenden %1-Masters um %2</translation>
    </message>
    <message>
        <source>created before the running %1 started at %2</source>
        <translation>erstellt vor dem Start des laufenden %1 um %2</translation>
    </message>
    <message>
        <source>created after the running %1 master started at %2: it belongs to the running %1</source>
        <translation>erstellt nach dem Start des laufenden %1-Masters um %2: es gehört zum laufenden %1</translation>
    </message>
    <message>
        <source>created by pid %1, which exited, after the running %2 (pid %3) started: it may belong to another instance of %2</source>
        <translation>erstellt von PID %1, die beendet ist, nach dem Start des laufenden %2 (PID %3): es gehört womöglich zu einer anderen Instanz von %2</translation>
    </message>
    <message>
        <source>%1 has been running since %2, before this object was created, and may still use it</source>
        <translation>%1 läuft seit %2, also seit vor der Erstellung dieses Objekts, und nutzt es womöglich noch</translation>
    </message>
    <message>
        <source>whether user %1 runs any processes could not be read</source>
        <translation>ob Benutzer %1 Prozesse ausführt, war nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>user %1 still runs %n process(es) that might use it</source>
        <translation>
            <numerusform>Benutzer %1 führt noch %n Prozess aus, der es nutzen könnte</numerusform>
            <numerusform>Benutzer %1 führt noch %n Prozesse aus, die es nutzen könnten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its creator %1 still runs %n process(es) that might use it</source>
        <translation>
            <numerusform>sein Ersteller %1 führt noch %n Prozess aus, der es nutzen könnte</numerusform>
            <numerusform>sein Ersteller %1 führt noch %n Prozesse aus, die es nutzen könnten</numerusform>
        </translation>
    </message>
    <message>
        <source>no process of user %1 is running</source>
        <translation>kein Prozess von Benutzer %1 läuft</translation>
    </message>
    <message>
        <source>no process of its owner %1 or its creator %2 is running</source>
        <translation>kein Prozess seines Eigentümers %1 oder seines Erstellers %2 läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) waiting on this set</source>
        <translation>
            <numerusform>%n Prozess wartet auf diesen Satz</numerusform>
            <numerusform>%n Prozesse warten auf diesen Satz</numerusform>
        </translation>
    </message>
    <message>
        <source>operated on at %1 by a process outside this PID namespace (its pid shows as 0)</source>
        <translation>benutzt um %1 von einem Prozess außerhalb dieses PID-Namensraums (seine PID erscheint als 0)</translation>
    </message>
    <message>
        <source>never operated on: no process is recorded</source>
        <translation>nie benutzt: kein Prozess ist vermerkt</translation>
    </message>
    <message>
        <source>marked for removal and no longer attached: the kernel is freeing it, nothing to clean up</source>
        <translation>zum Entfernen markiert und nicht mehr angehängt: der Kernel gibt es frei, nichts aufzuräumen</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) attached</source>
        <translation>
            <numerusform>%n Prozess angehängt</numerusform>
            <numerusform>%n Prozesse angehängt</numerusform>
        </translation>
    </message>
    <message>
        <source>marked for removal: the kernel frees it at the last detach</source>
        <translation>zum Entfernen markiert: der Kernel gibt es beim letzten Abhängen frei</translation>
    </message>
    <message>
        <source>created by a process outside this PID namespace (its pid shows as 0)</source>
        <translation>erstellt von einem Prozess außerhalb dieses PID-Namensraums (seine PID erscheint als 0)</translation>
    </message>
    <message>
        <source>last attached or detached by a process outside this PID namespace (its pid shows as 0)</source>
        <translation>zuletzt angehängt oder abgehängt von einem Prozess außerhalb dieses PID-Namensraums (seine PID erscheint als 0)</translation>
    </message>
    <message>
        <source>never attached</source>
        <translation>nie angehängt</translation>
    </message>
    <message>
        <source>the last message was sent by a process outside this PID namespace (its pid shows as 0)</source>
        <translation>die letzte Nachricht wurde von einem Prozess außerhalb dieses PID-Namensraums gesendet (seine PID erscheint als 0)</translation>
    </message>
    <message>
        <source>the last message was received by a process outside this PID namespace (its pid shows as 0)</source>
        <translation>die letzte Nachricht wurde von einem Prozess außerhalb dieses PID-Namensraums empfangen (seine PID erscheint als 0)</translation>
    </message>
    <message>
        <source>no message was ever sent or received</source>
        <translation>es wurde nie eine Nachricht gesendet oder empfangen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be read (%1)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht (%1)</numerusform>
            <numerusform>%n ungelesene Nachrichten (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no process maps it</source>
        <translation>kein Prozess blendet es ein</translation>
    </message>
    <message>
        <source>  %1 (%2): clean up first; then %3 is enough, %4 if the leak recurs</source>
        <translation>  %1 (%2): zuerst aufräumen; danach genügt %3, %4 falls sich das Leck wiederholt</translation>
    </message>
    <message>
        <source>%1 of %2 %3 are held by orphaned objects, %4 by objects in use. Clean up first; then %5 would be enough.</source>
        <translation>%1 der %2 %3 belegen verwaiste Objekte, %4 Objekte in Benutzung. Räumen Sie zuerst auf; danach würde %5 genügen.</translation>
    </message>
    <message>
        <source>%1 If the same leak recurs, %2 should be %3 (the %4 in use with room to grow, plus the %5 orphaned ones seen this time), but the kernel accepts at most %6 (more needs the ipcmni_extend boot option).</source>
        <translation>%1 Wenn sich dasselbe Leck wiederholt, sollte %2 %3 sein (die %4 in Benutzung mit Luft zum Wachsen, plus die %5 verwaisten, die diesmal gesehen wurden), aber der Kernel nimmt höchstens %6 an (mehr braucht die Boot-Option ipcmni_extend).</translation>
    </message>
    <message>
        <source>%1 If the same leak recurs, %2 should be %3, the default of current kernels (the %4 in use with room to grow, plus the %5 orphaned ones seen this time, would need %6; a suggestion never goes below the default).</source>
        <translation>%1 Wenn sich dasselbe Leck wiederholt, sollte %2 %3 sein, der Standardwert aktueller Kernel (die %4 in Benutzung mit Luft zum Wachsen, plus die %5 verwaisten, die diesmal gesehen wurden, bräuchten %6; ein Vorschlag geht nie unter den Standardwert).</translation>
    </message>
    <message>
        <source>%1 If the same leak recurs, %2 should be %3: the %4 in use with room to grow, plus the %5 orphaned ones seen this time.</source>
        <translation>%1 Wenn sich dasselbe Leck wiederholt, sollte %2 %3 sein: die %4 in Benutzung mit Luft zum Wachsen, plus die %5 verwaisten, die diesmal gesehen wurden.</translation>
    </message>
    <message>
        <source>Not everything could be read, even as root (parts of /proc are hidden here): some verdicts are unknown; the warnings below say what.</source>
        <translation>Nicht alles konnte gelesen werden, auch nicht als root (Teile von /proc sind hier verborgen): einige Urteile sind unbekannt; die Warnungen darunter sagen, was.</translation>
    </message>
    <message>
        <source>%1 of %2 %3 are held by objects that are not known to be orphaned (%4 %); %5 of them are possibly orphaned (their owner still runs other programs). Check those first and clean up the leftovers; raise the limit only for what is really in use, with twice the use as room to grow.</source>
        <translation>%1 der %2 %3 belegen Objekte, die nicht sicher verwaist sind (%4 %); %5 davon sind möglicherweise verwaist (ihr Besitzer führt noch andere Programme aus). Prüfen Sie diese zuerst und räumen Sie die Zurückgelassenen auf; erhöhen Sie die Grenze nur für das, was wirklich benutzt wird, mit der doppelten Nutzung als Luft zum Wachsen.</translation>
    </message>
    <message>
        <source>In the container %1: %2</source>
        <translation>Im Container %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) could not be read: their objects and limits are not shown</source>
        <translation>
            <numerusform>%n Container konnte nicht gelesen werden: seine Objekte und Grenzen werden nicht gezeigt</numerusform>
            <numerusform>%n Container konnten nicht gelesen werden: ihre Objekte und Grenzen werden nicht gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) could not be read: run as root (e.g. with --sudo) to see their objects and limits</source>
        <translation>
            <numerusform>%n Container konnte nicht gelesen werden: als root ausführen (z. B. mit --sudo), um seine Objekte und Grenzen zu sehen</numerusform>
            <numerusform>%n Container konnten nicht gelesen werden: als root ausführen (z. B. mit --sudo), um ihre Objekte und Grenzen zu sehen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no container &quot;%1&quot;: this host has none.</source>
        <translation>Es gibt keinen Container „%1“: dieser Rechner hat keine.</translation>
    </message>
    <message>
        <source>There is no container &quot;%1&quot;. The containers are: %2.</source>
        <translation>Es gibt keinen Container „%1“. Die Container sind: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several containers: %2. Give the whole name or the namespace number.</source>
        <translation>„%1“ passt auf mehrere Container: %2. Geben Sie den ganzen Namen oder die Namespace-Nummer an.</translation>
    </message>
    <message>
        <source>The container %1 could not be read: %2</source>
        <translation>Der Container %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Containers (IPC namespaces of their own)</source>
        <translation>Container (eigene IPC-Namespaces)</translation>
    </message>
    <message>
        <source>Container %1 (namespace %2, pid %3)</source>
        <translation>Container %1 (Namespace %2, PID %3)</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Clean up there: ipcscope-cli clean --namespace %1 --orphans</source>
        <translation>Dort aufräumen: ipcscope-cli clean --namespace %1 --orphans</translation>
    </message>
    <message>
        <source>Container %1, namespace %2</source>
        <translation>Container %1, Namespace %2</translation>
    </message>
</context>
<context>
    <name>IpcScope::Cleanup</name>
    <message>
        <source>The cleanup audit log %1 could not be written, so nothing was changed. Check that the folder exists and is writable.</source>
        <translation>Das Audit-Protokoll des Aufräumens %1 konnte nicht geschrieben werden, daher wurde nichts geändert. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 %2 (key 0x%3)</source>
        <translation>%1 %2 (Schlüssel 0x%3)</translation>
    </message>
    <message>
        <source>%1 /%2</source>
        <translation>%1 /%2</translation>
    </message>
    <message>
        <source>not in the current snapshot: refresh and choose again</source>
        <translation>nicht im aktuellen Snapshot: aktualisieren und erneut wählen</translation>
    </message>
    <message>
        <source>refused: %1; nothing with this name is removed</source>
        <translation>abgelehnt: %1; nichts mit diesem Namen wird entfernt</translation>
    </message>
    <message>
        <source>in use: removed only when forced, after a second confirmation</source>
        <translation>in Gebrauch: wird nur erzwungen und nach einer zweiten Bestätigung entfernt</translation>
    </message>
    <message>
        <source>Writing the audit log…</source>
        <translation>Das Audit-Protokoll wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>Re-checking and removing %n object(s)…</source>
        <translation>
            <numerusform>%n Objekt wird erneut geprüft und entfernt…</numerusform>
            <numerusform>%n Objekte werden erneut geprüft und entfernt…</numerusform>
        </translation>
    </message>
    <message>
        <source>The helper carried out the removal plan but could not report the result per object. A fresh snapshot shows what is gone.</source>
        <translation>Der Helfer hat den Plan zum Entfernen ausgeführt, konnte das Ergebnis aber nicht je Objekt melden. Ein neuer Snapshot zeigt, was verschwunden ist.</translation>
    </message>
    <message>
        <source>The helper could not process the removal plan; nothing is known to be removed. Refresh to see the current state.</source>
        <translation>Der Helfer konnte den Plan zum Entfernen nicht verarbeiten; es ist nicht bekannt, dass etwas entfernt wurde. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Taking a fresh snapshot to check the result…</source>
        <translation>Ein neuer Snapshot wird erstellt, um das Ergebnis zu prüfen…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>its exact name bytes (name_hex) are not hexadecimal</source>
        <translation>seine genauen Namensbytes (name_hex) sind nicht hexadezimal</translation>
    </message>
    <message>
        <source>its exact name bytes (name_hex) do not match its name</source>
        <translation>seine genauen Namensbytes (name_hex) passen nicht zu seinem Namen</translation>
    </message>
    <message>
        <source>its name is empty</source>
        <translation>sein Name ist leer</translation>
    </message>
    <message>
        <source>its name is longer than a file name can be</source>
        <translation>sein Name ist länger, als ein Dateiname sein kann</translation>
    </message>
    <message>
        <source>its name contains &apos;/&apos;, so it would name another file</source>
        <translation>sein Name enthält &apos;/&apos; und würde daher eine andere Datei bezeichnen</translation>
    </message>
    <message>
        <source>its name contains a NUL byte</source>
        <translation>sein Name enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>its name is &quot;.&quot; or &quot;..&quot;, a folder</source>
        <translation>sein Name ist &quot;.&quot; oder &quot;..&quot;, ein Ordner</translation>
    </message>
    <message>
        <source>The helper&apos;s answer to the removal could not be read, so it is not known what was removed. Refresh to see the current state.</source>
        <translation>Die Antwort des Helfers auf das Entfernen war nicht lesbar, daher ist nicht bekannt, was entfernt wurde. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>IPC Scope does not start %1: the helper only starts the services it recognises. Start it on the server yourself.</source>
        <translation>IPC Scope startet %1 nicht: der Helfer startet nur die Dienste, die er erkennt. Starten Sie ihn selbst auf dem Server.</translation>
    </message>
    <message>
        <source>This server does not use systemd, so IPC Scope cannot start %1. Start it the way your system does.</source>
        <translation>Dieser Server nutzt kein systemd, daher kann IPC Scope %1 nicht starten. Starten Sie ihn so, wie es Ihr System vorsieht.</translation>
    </message>
    <message>
        <source>%1 could not be started through the helper: %2</source>
        <translation>%1 konnte über den Helfer nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>no reason was given.</source>
        <translation>es wurde kein Grund angegeben.</translation>
    </message>
    <message>
        <source>The helper&apos;s answer could not be read, so it is not known whether %1 is running now. Refresh to see the current state.</source>
        <translation>Die Antwort des Helfers war nicht lesbar, daher ist unbekannt, ob %1 jetzt läuft. Aktualisieren Sie, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2 (key 0x%3) in the container %4</source>
        <translation>%1 %2 (Schlüssel 0x%3) im Container %4</translation>
    </message>
    <message>
        <source>%1 /%2 in the container %3</source>
        <translation>%1 /%2 im Container %3</translation>
    </message>
</context>
<context>
    <name>IpcScope::Cli</name>
    <message>
        <source>  detail: %1</source>
        <translation>  Detail: %1</translation>
    </message>
    <message>
        <source>Run &quot;ipcscope-cli clean --help&quot; for help.</source>
        <translation>Hilfe mit &quot;ipcscope-cli clean --help&quot;.</translation>
    </message>
    <message>
        <source>TARGET is &quot;local&quot; (the default) or [user@]host[:port] for a server reached over SSH.

Without --yes nothing is changed: the plan, the reasons and the equivalent commands are printed. With --yes the helper re-checks every object at the moment of removal and refuses it when it changed since the snapshot or is in use (unless forced); afterwards a fresh snapshot shows what is gone. Every run is written to the audit log ($IPCSCOPE_AUDIT_LOG, default ~/.local/share/ipcscope/cleanup-audit.jsonl, the GUI&apos;s log too) and to the server&apos;s syslog.

Exit codes:
  0  done (dry run printed, or every object removed)
  1  failure: the host could not be reached, the helper failed
  2  usage error
  4  some objects were refused, could not be removed, or were still there afterwards
</source>
        <translation>ZIEL ist &quot;local&quot; (Standard) oder [benutzer@]host[:port] für einen per SSH erreichten Server.

Ohne --yes wird nichts geändert: der Plan, die Gründe und die entsprechenden Befehle werden ausgegeben. Mit --yes prüft der Helfer jedes Objekt im Moment des Entfernens erneut und lehnt es ab, wenn es sich seit dem Snapshot geändert hat oder in Gebrauch ist (außer wenn erzwungen); danach zeigt ein neuer Snapshot, was verschwunden ist. Jeder Lauf wird in das Audit-Protokoll ($IPCSCOPE_AUDIT_LOG, standardmäßig ~/.local/share/ipcscope/cleanup-audit.jsonl, das auch die GUI nutzt) und in das Syslog des Servers geschrieben.

Exit-Codes:
  0  erledigt (Probelauf ausgegeben oder jedes Objekt entfernt)
  1  Fehler: der Host war nicht erreichbar, der Helfer schlug fehl
  2  Bedienfehler
  4  einige Objekte wurden abgelehnt, konnten nicht entfernt werden oder waren danach noch vorhanden
</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>noch vorhanden</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Nothing to clean up on %1.
</source>
        <translation>Nichts aufzuräumen auf %1.
</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) to remove on %1:
</source>
        <translation>
            <numerusform>%n Objekt auf %1 zu entfernen:
</numerusform>
            <numerusform>%n Objekte auf %1 zu entfernen:
</numerusform>
        </translation>
    </message>
    <message>
        <source> [FORCED]</source>
        <translation> [ERZWUNGEN]</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left out:
</source>
        <translation>
            <numerusform>%n Objekt ausgelassen:
</numerusform>
            <numerusform>%n Objekte ausgelassen:
</numerusform>
        </translation>
    </message>
    <message>
        <source>Equivalent commands (the helper also re-checks each object first):
</source>
        <translation>Entsprechende Befehle (der Helfer prüft außerdem jedes Objekt vorher erneut):
</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Run again with --yes to remove.
</source>
        <translation>Probelauf: nichts wurde geändert. Erneut mit --yes ausführen, um zu entfernen.
</translation>
    </message>
    <message>
        <source>Results:
</source>
        <translation>Ergebnisse:
</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>after the run: %1</source>
        <translation>nach dem Lauf: %1</translation>
    </message>
    <message>
        <source>Some objects could not be removed for lack of permission: run again with --sudo (administrator mode).
</source>
        <translation>Einige Objekte konnten mangels Berechtigung nicht entfernt werden: erneut mit --sudo (Administratormodus) ausführen.
</translation>
    </message>
    <message>
        <source>Some objects were kept because processes that may use them could not be checked; each one&apos;s reason says what would help.
</source>
        <translation>Einige Objekte wurden behalten, weil Prozesse, die sie nutzen könnten, nicht geprüft werden konnten; der Grund bei jedem Objekt sagt, was helfen würde.
</translation>
    </message>
    <message>
        <source>Removed: %1, refused: %2, failed: %3; gone after the run: %4.
</source>
        <translation>Entfernt: %1, abgelehnt: %2, fehlgeschlagen: %3; nach dem Lauf verschwunden: %4.
</translation>
    </message>
    <message>
        <source>Remove orphaned IPC objects of TARGET, safely: each object is re-checked by the helper at the moment of removal.</source>
        <translation>Verwaiste IPC-Objekte von ZIEL sicher entfernen: der Helfer prüft jedes Objekt im Moment des Entfernens erneut.</translation>
    </message>
    <message>
        <source>&quot;local&quot; (default) or [user@]host[:port].</source>
        <translation>&quot;local&quot; (Standard) oder [benutzer@]host[:port].</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe zeigen.</translation>
    </message>
    <message>
        <source>Every object judged orphaned.</source>
        <translation>Jedes als verwaist beurteilte Objekt.</translation>
    </message>
    <message>
        <source>Only objects of this user (name or uid).</source>
        <translation>Nur Objekte dieses Benutzers (Name oder UID).</translation>
    </message>
    <message>
        <source>Only objects of this software (apache, postgresql, …).</source>
        <translation>Nur Objekte dieser Software (apache, postgresql, …).</translation>
    </message>
    <message>
        <source>One object: sem:ID, shm:ID, msg:ID, posix_shm:NAME, posix_sem:NAME or posix_mq:NAME (repeatable).</source>
        <translation>Ein Objekt: sem:ID, shm:ID, msg:ID, posix_shm:NAME, posix_sem:NAME oder posix_mq:NAME (wiederholbar).</translation>
    </message>
    <message>
        <source>Also remove objects named with --id that are in use (attached, waited on or used by a running process).</source>
        <translation>Auch mit --id genannte Objekte entfernen, die in Gebrauch sind (angehängt, mit Wartenden oder von einem laufenden Prozess genutzt).</translation>
    </message>
    <message>
        <source>Only show the plan (the default).</source>
        <translation>Nur den Plan zeigen (Standard).</translation>
    </message>
    <message>
        <source>Remove the objects of the plan.</source>
        <translation>Die Objekte des Plans entfernen.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Maschinenlesbare JSON-Ausgabe.</translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation>Die JSON-Ausgabe einrücken.</translation>
    </message>
    <message>
        <source>Only one TARGET may be given, not %1.</source>
        <translation>Es darf nur ein ZIEL angegeben werden, nicht %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object: use TYPE:ID, e.g. sem:32769 or posix_shm:NAME.</source>
        <translation>&quot;%1&quot; ist kein Objekt: verwenden Sie TYP:ID, z. B. sem:32769 oder posix_shm:NAME.</translation>
    </message>
    <message>
        <source>Say what to clean: --orphans and/or --id TYPE:ID.</source>
        <translation>Sagen Sie, was aufgeräumt werden soll: --orphans und/oder --id TYP:ID.</translation>
    </message>
    <message>
        <source>--owner and --software narrow --orphans; add --orphans.</source>
        <translation>--owner und --software schränken --orphans ein; fügen Sie --orphans hinzu.</translation>
    </message>
    <message>
        <source>--force-in-use applies only to objects named with --id.</source>
        <translation>--force-in-use gilt nur für Objekte, die mit --id genannt sind.</translation>
    </message>
    <message>
        <source>--dry-run and --yes exclude each other.</source>
        <translation>--dry-run und --yes schließen einander aus.</translation>
    </message>
    <message>
        <source>--pretty only applies to --json.</source>
        <translation>--pretty gilt nur zusammen mit --json.</translation>
    </message>
    <message>
        <source>No snapshot was taken.</source>
        <translation>Es wurde kein Snapshot erstellt.</translation>
    </message>
    <message>
        <source>This host was read without the helper, so nothing can be removed here.</source>
        <translation>Dieser Host wurde ohne Helfer gelesen, daher kann hier nichts entfernt werden.</translation>
    </message>
    <message>
        <source>Not in the current snapshot: %1. Nothing was changed.</source>
        <translation>Nicht im aktuellen Snapshot: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This build of IPC Scope cannot reach servers over SSH.</source>
        <translation>Dieser Build von IPC Scope kann Server nicht per SSH erreichen.</translation>
    </message>
    <message>
        <source>The helper&apos;s output is not a snapshot, so it was stopped.</source>
        <translation>Die Ausgabe des Helfers ist kein Snapshot, daher wurde der Helfer gestoppt.</translation>
    </message>
    <message>
        <source>The logs were not searched: %1</source>
        <translation>Die Protokolle wurden nicht durchsucht: %1</translation>
    </message>
    <message>
        <source>The HTML report could not be written to %1. Check the folder exists and is writable.</source>
        <translation>Der HTML-Bericht konnte nicht nach %1 geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>IPC Scope&apos;s helper cannot run on this host, so its logs are not searched.</source>
        <translation>Der Helfer von IPC Scope kann auf diesem Host nicht laufen, daher werden seine Protokolle nicht durchsucht.</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  failure: the host could not be reached, the helper failed, or its snapshot could not be read
  2  usage error
  3  report --fail-on-orphans: objects judged orphaned were found
</source>
        <translation>Exit-Codes:
  0  erledigt
  1  Fehler: der Host war nicht erreichbar, der Helfer schlug fehl oder sein Snapshot war nicht lesbar
  2  Bedienfehler
  3  report --fail-on-orphans: als verwaist beurteilte Objekte gefunden
</translation>
    </message>
    <message>
        <source>TARGET is &quot;local&quot; (the default) or [user@]host[:port] for a server reached over SSH.
</source>
        <translation>ZIEL ist &quot;local&quot; (Standard) oder [benutzer@]host[:port] für einen per SSH erreichten Server.
</translation>
    </message>
    <message>
        <source>Plan limits for this workload even when it is not detected: postgresql, oracle or db2 (repeatable).</source>
        <translation>Grenzen für diese Last planen, auch wenn sie nicht erkannt wird: postgresql, oracle oder db2 (wiederholbar).</translation>
    </message>
    <message>
        <source>PostgreSQL max_connections (default 100).</source>
        <translation>PostgreSQL max_connections (Standard 100).</translation>
    </message>
    <message>
        <source>PostgreSQL autovacuum_max_workers (default 3).</source>
        <translation>PostgreSQL autovacuum_max_workers (Standard 3).</translation>
    </message>
    <message>
        <source>PostgreSQL max_wal_senders (default 10).</source>
        <translation>PostgreSQL max_wal_senders (Standard 10).</translation>
    </message>
    <message>
        <source>PostgreSQL max_worker_processes (default 8).</source>
        <translation>PostgreSQL max_worker_processes (Standard 8).</translation>
    </message>
    <message>
        <source>Run &quot;ipcscope-cli --help&quot; for help.</source>
        <translation>Hilfe mit &quot;ipcscope-cli --help&quot;.</translation>
    </message>
    <message>
        <source>Run &quot;ipcscope-cli %1 --help&quot; for help.</source>
        <translation>Hilfe mit &quot;ipcscope-cli %1 --help&quot;.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number from 0 to 1000000, not &quot;%2&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl von 0 bis 1000000, nicht &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Print the helper&apos;s snapshot of TARGET as JSON (schema ipcscope.snapshot/1, see docs/snapshot-schema.md).</source>
        <translation>Den Snapshot des Helfers von ZIEL als JSON ausgeben (Schema ipcscope.snapshot/1, siehe docs/snapshot-schema.md).</translation>
    </message>
    <message>
        <source>Report on the IPC objects of TARGET: findings, limits with usage, owners, every object that is not in use with the reasons for its verdict, and suggested limits. --json prints schema ipcscope.report/1 (docs/report-schema.md).</source>
        <translation>Bericht über die IPC-Objekte von ZIEL: Befunde, Grenzen mit Nutzung, Eigentümer, jedes nicht genutzte Objekt mit den Gründen für sein Urteil und vorgeschlagene Grenzen. --json gibt Schema ipcscope.report/1 aus (docs/report-schema.md).</translation>
    </message>
    <message>
        <source>Show the kernel IPC limits of TARGET with their usage, the values to raise them to and why, and a file for /etc/sysctl.d/. Nothing is changed without --apply --yes.</source>
        <translation>Die IPC-Grenzen des Kernels von ZIEL mit ihrer Nutzung zeigen, die Werte, auf die sie erhöht werden sollten, und warum, sowie eine Datei für /etc/sysctl.d/. Ohne --apply --yes wird nichts geändert.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exit with code 3 when objects are judged orphaned.</source>
        <translation>Mit Code 3 beenden, wenn Objekte als verwaist beurteilt werden.</translation>
    </message>
    <message>
        <source>Also write a self-contained HTML report (with the symptoms found in the logs) to FILE.</source>
        <translation>Zusätzlich einen eigenständigen HTML-Bericht (mit den in den Protokollen gefundenen Symptomen) in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Do not search the target&apos;s logs for what went wrong (the diagnosis).</source>
        <translation>Die Protokolle des Ziels nicht danach durchsuchen, was schiefging (die Diagnose).</translation>
    </message>
    <message>
        <source>Propose limits for the workloads of a saved plan (JSON, schema ipcscope.plan/1).</source>
        <translation>Grenzen für die Lasten eines gespeicherten Plans vorschlagen (JSON, Schema ipcscope.plan/1).</translation>
    </message>
    <message>
        <source>Show what would change and the sysctl commands; with --yes, set the limits at runtime and in /etc/sysctl.d/90-ipcscope.conf (needs root or --sudo) and show the values read back.</source>
        <translation>Zeigen, was sich ändern würde, und die sysctl-Befehle; mit --yes die Grenzen zur Laufzeit und in /etc/sysctl.d/90-ipcscope.conf setzen (braucht root oder --sudo) und die zurückgelesenen Werte zeigen.</translation>
    </message>
    <message>
        <source>With --apply: really change the limits.</source>
        <translation>Mit --apply: die Grenzen wirklich ändern.</translation>
    </message>
    <message>
        <source>Unknown workload &quot;%1&quot;: use postgresql, oracle or db2.</source>
        <translation>Unbekannte Last &quot;%1&quot;: verwenden Sie postgresql, oracle oder db2.</translation>
    </message>
    <message>
        <source>--yes only confirms --apply.</source>
        <translation>--yes bestätigt nur --apply.</translation>
    </message>
    <message>
        <source>SSH private key to log in with.</source>
        <translation>Privater SSH-Schlüssel für die Anmeldung.</translation>
    </message>
    <message>
        <source>known_hosts file (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Accept and save an unknown host key without asking (a changed key is always refused).</source>
        <translation>Einen unbekannten Host-Schlüssel ohne Nachfrage annehmen und speichern (ein geänderter Schlüssel wird immer abgelehnt).</translation>
    </message>
    <message>
        <source>Run the helper as root through sudo (full view; asks for the sudo password on the terminal when needed).</source>
        <translation>Den Helfer über sudo als root ausführen (volle Ansicht; fragt bei Bedarf im Terminal nach dem sudo-Passwort).</translation>
    </message>
    <message>
        <source>Do not run the helper on the server: read /proc with plain commands (reduced detail).</source>
        <translation>Den Helfer nicht auf dem Server ausführen: /proc mit einfachen Befehlen lesen (weniger Details).</translation>
    </message>
    <message>
        <source>Seconds to wait for the connection.</source>
        <translation>Sekunden, die auf die Verbindung gewartet wird.</translation>
    </message>
    <message>
        <source>--%1 only applies to a server reached over SSH.</source>
        <translation>--%1 gilt nur für einen per SSH erreichten Server.</translation>
    </message>
    <message>
        <source>--connect-timeout needs seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--connect-timeout braucht Sekunden von 1 bis 3600, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>ipcscope-cli: the host key of %1 is unknown and cannot be confirmed: not running on a terminal. Check its fingerprint %2 and run again with --accept-new-host-key.</source>
        <translation>ipcscope-cli: der Host-Schlüssel von %1 ist unbekannt und kann nicht bestätigt werden: läuft nicht in einem Terminal. Prüfen Sie seinen Fingerabdruck %2 und starten Sie erneut mit --accept-new-host-key.</translation>
    </message>
    <message>
        <source>The authenticity of host %1 (port %2) cannot be established.
Its %3 key fingerprint is %4.
Compare it with the fingerprint the server&apos;s administrator gives you.
Accept the key and save it to %5? [y/N] </source>
        <translation>Die Echtheit von Host %1 (Port %2) kann nicht festgestellt werden.
Sein %3-Schlüssel hat den Fingerabdruck %4.
Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Servers nennt.
Schlüssel annehmen und in %5 speichern? [j/N] </translation>
    </message>
    <message>
        <source>ipcscope-cli: cannot ask for a password: not running on a terminal.</source>
        <translation>ipcscope-cli: kann nicht nach einem Passwort fragen: läuft nicht in einem Terminal.</translation>
    </message>
    <message>
        <source>The helper could not apply the limits: %1</source>
        <translation>Der Helfer konnte die Grenzen nicht anwenden: %1</translation>
    </message>
    <message>
        <source>Plan %1 for %2:</source>
        <translation>Plan %1 für %2:</translation>
    </message>
    <message>
        <source>Nothing to change: every limit already holds the plan.</source>
        <translation>Nichts zu ändern: jede Grenze trägt den Plan bereits.</translation>
    </message>
    <message>
        <source>Would run (nothing is changed without --apply --yes):</source>
        <translation>Würde ausführen (ohne --apply --yes wird nichts geändert):</translation>
    </message>
    <message>
        <source>and write /etc/sysctl.d/90-ipcscope.conf:</source>
        <translation>und /etc/sysctl.d/90-ipcscope.conf schreiben:</translation>
    </message>
    <message>
        <source>Applied; the kernel now shows:</source>
        <translation>Angewendet; der Kernel zeigt jetzt:</translation>
    </message>
    <message>
        <source>Not applied; nothing was changed:</source>
        <translation>Nicht angewendet; nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>To restore the previous values:</source>
        <translation>Um die vorigen Werte wiederherzustellen:</translation>
    </message>
    <message>
        <source>Run &quot;ipcscope-cli check --help&quot; for help.</source>
        <translation>Hilfe mit &quot;ipcscope-cli check --help&quot;.</translation>
    </message>
    <message>
        <source>TARGET is &quot;local&quot; (the default) or [user@]host[:port] for a server reached over SSH; several targets are checked at the same time.

The kernel limits on a total (SEMMNI, SEMMNS, SHMMNI, SHMALL, MSGMNI, MQ_QUEUES_MAX) are compared with the thresholds; objects judged orphaned count as --orphans says. Nothing is asked: an unknown host key is refused unless --accept-new-host-key is given.

Exit codes (the monitoring plugin convention):
  0  OK
  1  WARNING: a limit at or above --warning, or orphaned objects
  2  CRITICAL: a limit at or above --critical (or orphaned objects with --orphans critical)
  3  UNKNOWN: a host could not be read, or a usage error
With several targets the worst state wins: CRITICAL, then WARNING, then UNKNOWN.
</source>
        <translation>ZIEL ist &quot;local&quot; (Standard) oder [benutzer@]host[:port] für einen über SSH erreichten Server; mehrere Ziele werden gleichzeitig geprüft.

Die Kernel-Grenzen für eine Summe (SEMMNI, SEMMNS, SHMMNI, SHMALL, MSGMNI, MQ_QUEUES_MAX) werden mit den Schwellen verglichen; als verwaist beurteilte Objekte zählen, wie --orphans sagt. Es wird nichts gefragt: ein unbekannter Host-Schlüssel wird abgelehnt, außer mit --accept-new-host-key.

Exit-Codes (die Konvention der Monitoring-Plugins):
  0  OK
  1  WARNING: eine Grenze bei --warning oder darüber, oder verwaiste Objekte
  2  CRITICAL: eine Grenze bei --critical oder darüber (oder verwaiste Objekte mit --orphans critical)
  3  UNKNOWN: ein Host konnte nicht gelesen werden, oder ein Aufruffehler
Bei mehreren Zielen gewinnt der schlechteste Zustand: CRITICAL, dann WARNING, dann UNKNOWN.
</translation>
    </message>
    <message>
        <source>--%1 needs a percentage from 1 to 100, not &quot;%2&quot;.</source>
        <translation>--%1 braucht einen Prozentwert von 1 bis 100, nicht &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned semaphore set(s)</source>
        <translation>
            <numerusform>%n verwaister Semaphorsatz</numerusform>
            <numerusform>%n verwaiste Semaphorsätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned shared memory segment(s)</source>
        <translation>
            <numerusform>%n verwaistes Shared-Memory-Segment</numerusform>
            <numerusform>%n verwaiste Shared-Memory-Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned message queue(s)</source>
        <translation>
            <numerusform>%n verwaiste Nachrichtenwarteschlange</numerusform>
            <numerusform>%n verwaiste Nachrichtenwarteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX shared memory object(s)</source>
        <translation>
            <numerusform>%n verwaistes POSIX-Shared-Memory-Objekt</numerusform>
            <numerusform>%n verwaiste POSIX-Shared-Memory-Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX semaphore(s)</source>
        <translation>
            <numerusform>%n verwaister POSIX-Semaphor</numerusform>
            <numerusform>%n verwaiste POSIX-Semaphoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX message queue(s)</source>
        <translation>
            <numerusform>%n verwaiste POSIX-Nachrichtenwarteschlange</numerusform>
            <numerusform>%n verwaiste POSIX-Nachrichtenwarteschlangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned semaphore set(s) of %1</source>
        <translation>
            <numerusform>%n verwaister Semaphorsatz von %1</numerusform>
            <numerusform>%n verwaiste Semaphorsätze von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned shared memory segment(s) of %1</source>
        <translation>
            <numerusform>%n verwaistes Shared-Memory-Segment von %1</numerusform>
            <numerusform>%n verwaiste Shared-Memory-Segmente von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned message queue(s) of %1</source>
        <translation>
            <numerusform>%n verwaiste Nachrichtenwarteschlange von %1</numerusform>
            <numerusform>%n verwaiste Nachrichtenwarteschlangen von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX shared memory object(s) of %1</source>
        <translation>
            <numerusform>%n verwaistes POSIX-Shared-Memory-Objekt von %1</numerusform>
            <numerusform>%n verwaiste POSIX-Shared-Memory-Objekte von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX semaphore(s) of %1</source>
        <translation>
            <numerusform>%n verwaister POSIX-Semaphor von %1</numerusform>
            <numerusform>%n verwaiste POSIX-Semaphoren von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX message queue(s) of %1</source>
        <translation>
            <numerusform>%n verwaiste POSIX-Nachrichtenwarteschlange von %1</numerusform>
            <numerusform>%n verwaiste POSIX-Nachrichtenwarteschlangen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the IPC limits and orphaned objects of one or more hosts for a monitoring system (Nagios, Icinga, Zabbix, Sensu, Checkmk): one status line, performance data after &quot;|&quot;, exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>Die IPC-Grenzen und verwaisten Objekte eines oder mehrerer Hosts für ein Monitoring-System prüfen (Nagios, Icinga, Zabbix, Sensu, Checkmk): eine Statuszeile, Leistungsdaten nach &quot;|&quot;, Exit-Code 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>&quot;local&quot; (default) or [user@]host[:port]; repeatable.</source>
        <translation>&quot;local&quot; (Standard) oder [benutzer@]host[:port]; mehrfach möglich.</translation>
    </message>
    <message>
        <source>WARNING when a limit is used to PCT percent or more (default 80).</source>
        <translation>WARNING, wenn eine Grenze zu PCT Prozent oder mehr belegt ist (Standard 80).</translation>
    </message>
    <message>
        <source>CRITICAL when a limit is used to PCT percent or more (default 95).</source>
        <translation>CRITICAL, wenn eine Grenze zu PCT Prozent oder mehr belegt ist (Standard 95).</translation>
    </message>
    <message>
        <source>What objects judged orphaned make the state: warning (default), critical or ignore.</source>
        <translation>Welchen Zustand als verwaist beurteilte Objekte ergeben: warning (Standard), critical oder ignore.</translation>
    </message>
    <message>
        <source>--warning (%1) must not be above --critical (%2).</source>
        <translation>--warning (%1) darf nicht über --critical (%2) liegen.</translation>
    </message>
    <message>
        <source>--orphans needs warning, critical or ignore, not &quot;%1&quot;.</source>
        <translation>--orphans braucht warning, critical oder ignore, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 %2 % (%3/%4)</source>
        <translation>%1 %2 % (%3/%4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no IPC limit at %1 % or more</source>
        <translation>keine IPC-Grenze bei %1 % oder mehr</translation>
    </message>
    <message>
        <source>no IPC limit at %1 % or more, no orphaned objects</source>
        <translation>keine IPC-Grenze bei %1 % oder mehr, keine verwaisten Objekte</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s): %1</source>
        <translation>
            <numerusform>%n Host: %1</numerusform>
            <numerusform>%n Hosts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ipcscope-cli COMMAND [TARGET] [options]

See the System V and POSIX IPC objects of a Linux host, which of them are orphaned and why, and which kernel limits to raise.

Commands:
  snapshot  print the helper&apos;s raw snapshot (JSON, schema ipcscope.snapshot/1)
  report    verdicts with reasons, owners, limits with usage, suggestions
  tune      limits with usage and the suggested values, with a sysctl file
  clean     remove orphaned objects, each re-checked at removal (dry run unless --yes)
  check     a monitoring plugin: limits and orphans as OK, WARNING, CRITICAL or UNKNOWN

Run &quot;ipcscope-cli COMMAND --help&quot; for the options of a command.
</source>
        <translation>Aufruf: ipcscope-cli BEFEHL [ZIEL] [Optionen]

Die System-V- und POSIX-IPC-Objekte eines Linux-Hosts ansehen, welche davon verwaist sind und warum, und welche Kernel-Grenzen erhöht werden sollten.

Befehle:
  snapshot  den rohen Snapshot des Helfers ausgeben (JSON, Schema ipcscope.snapshot/1)
  report    Urteile mit Gründen, Eigentümer, Grenzen mit Nutzung, Vorschläge
  tune      Grenzen mit Nutzung und den vorgeschlagenen Werten, mit einer sysctl-Datei
  clean     verwaiste Objekte entfernen, jedes beim Entfernen erneut geprüft (Probelauf ohne --yes)
  check     ein Monitoring-Plugin: Grenzen und verwaiste Objekte als OK, WARNING, CRITICAL oder UNKNOWN

&quot;ipcscope-cli BEFEHL --help&quot; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message numerus="yes">
        <source>The container %1 has %n orphaned object(s) too: run again with --namespace %2 to clean up there.
</source>
        <translation>
            <numerusform>Der Container %1 hat auch %n verwaistes Objekt: mit --namespace %2 erneut ausführen, um dort aufzuräumen.
</numerusform>
            <numerusform>Der Container %1 hat auch %n verwaiste Objekte: mit --namespace %2 erneut ausführen, um dort aufzuräumen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The objects of this container&apos;s IPC namespace (its name, id or namespace number; &quot;host&quot; is the default). Needs root, like reading containers.</source>
        <translation>Die Objekte des IPC-Namespace dieses Containers (sein Name, seine ID oder Namespace-Nummer; Vorgabe ist „host“). Braucht root, wie das Lesen von Containern.</translation>
    </message>
    <message>
        <source>Tune the limits of a container&apos;s IPC namespace (its name, container id or namespace number, as the report lists them) instead of the host&apos;s; set at runtime only, they are lost when the container restarts.</source>
        <translation>Die Limits im IPC-Namespace eines Containers statt der des Hosts anpassen (sein Name, seine Container-ID oder die Namespace-Nummer, wie der Bericht sie auflistet); nur zur Laufzeit gesetzt, sie gehen beim Neustart des Containers verloren.</translation>
    </message>
</context>
<context>
    <name>IpcScope::Core</name>
    <message>
        <source>No host given. Type &quot;local&quot; or [user@]host[:port].</source>
        <translation>Kein Host angegeben. Geben Sie &quot;local&quot; oder [benutzer@]host[:port] ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name. Use [user@]host[:port].</source>
        <translation>&quot;%1&quot; ist kein gültiger Benutzername. Verwenden Sie [benutzer@]host[:port].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lacks the closing &quot;]&quot; of its address.</source>
        <translation>Bei &quot;%1&quot; fehlt die schließende &quot;]&quot; der Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; ist keine gültige IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the address in &quot;%2&quot;.</source>
        <translation>Unerwartetes &quot;%1&quot; nach der Adresse in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no host name. Use [user@]host[:port].</source>
        <translation>&quot;%1&quot; hat keinen Hostnamen. Verwenden Sie [benutzer@]host[:port].</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid port; use a number from 1 to 65535.</source>
        <translation>&quot;%1&quot; ist kein gültiger Port; verwenden Sie eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Local machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <source>it names the local machine, which is always in the list</source>
        <translation>er bezeichnet den lokalen Rechner, der immer in der Liste steht</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Include %1 (%2): included files are not read; import them on their own</source>
        <translation>Include %1 (%2): eingebundene Dateien werden nicht gelesen; importieren Sie sie einzeln</translation>
    </message>
    <message>
        <source>Match %1 (%2): a Match block names no host</source>
        <translation>Match %1 (%2): ein Match-Block nennt keinen Host</translation>
    </message>
    <message>
        <source>%1 (%2): a pattern, not one server</source>
        <translation>%1 (%2): ein Muster, kein einzelner Server</translation>
    </message>
    <message>
        <source>The inventory is not the JSON of ansible-inventory --list (%1).</source>
        <translation>Das Inventar ist nicht das JSON von ansible-inventory --list (%1).</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
</context>
<context>
    <name>IpcScope::Diagnosis</name>
    <message>
        <source>A program</source>
        <translation>Ein Programm</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned set(s) of %1 can be cleaned up</source>
        <translation>
            <numerusform>%n verwaister Satz von %1 kann aufgeräumt werden</numerusform>
            <numerusform>%n verwaiste Sätze von %1 können aufgeräumt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned segment(s) of %1 can be cleaned up</source>
        <translation>
            <numerusform>%n verwaistes Segment von %1 kann aufgeräumt werden</numerusform>
            <numerusform>%n verwaiste Segmente von %1 können aufgeräumt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned set(s) of programs that have exited can be cleaned up</source>
        <translation>
            <numerusform>%n verwaister Satz beendeter Programme kann aufgeräumt werden</numerusform>
            <numerusform>%n verwaiste Sätze beendeter Programme können aufgeräumt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned segment(s) of programs that have exited can be cleaned up</source>
        <translation>
            <numerusform>%n verwaistes Segment beendeter Programme kann aufgeräumt werden</numerusform>
            <numerusform>%n verwaiste Segmente beendeter Programme können aufgeräumt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly orphaned (a person should look)</source>
        <translation>
            <numerusform>%n möglicherweise verwaist (ein Mensch sollte nachsehen)</numerusform>
            <numerusform>%n möglicherweise verwaist (ein Mensch sollte nachsehen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in use</source>
        <translation>
            <numerusform>%n in Gebrauch</numerusform>
            <numerusform>%n in Gebrauch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not judged (IPC Scope could not see enough)</source>
        <translation>
            <numerusform>%n nicht beurteilt (IPC Scope konnte nicht genug sehen)</numerusform>
            <numerusform>%n nicht beurteilt (IPC Scope konnte nicht genug sehen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n semaphore set(s) the kernel allows (SEMMNI) are taken</source>
        <translation>
            <numerusform>der %n Semaphorsatz, den der Kernel erlaubt (SEMMNI), ist belegt</numerusform>
            <numerusform>alle %n Semaphorsätze, die der Kernel erlaubt (SEMMNI), sind belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n semaphore(s) the kernel allows in total (SEMMNS) are taken</source>
        <translation>
            <numerusform>der %n Semaphor, den der Kernel insgesamt erlaubt (SEMMNS), ist belegt</numerusform>
            <numerusform>alle %n Semaphoren, die der Kernel insgesamt erlaubt (SEMMNS), sind belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n shared-memory segment(s) the kernel allows (SHMMNI) are taken</source>
        <translation>
            <numerusform>das %n Shared-Memory-Segment, das der Kernel erlaubt (SHMMNI), ist belegt</numerusform>
            <numerusform>alle %n Shared-Memory-Segmente, die der Kernel erlaubt (SHMMNI), sind belegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the shared memory the kernel allows in total (SHMALL, %n page(s)) is used up</source>
        <translation>
            <numerusform>der Shared Memory, den der Kernel insgesamt erlaubt (SHMALL, %n Seite), ist aufgebraucht</numerusform>
            <numerusform>der Shared Memory, den der Kernel insgesamt erlaubt (SHMALL, %n Seiten), ist aufgebraucht</numerusform>
        </translation>
    </message>
    <message>
        <source>the limit %1 is reached</source>
        <translation>die Grenze %1 ist erreicht</translation>
    </message>
    <message>
        <source>%1 lost its lock (&apos;%2&apos;)</source>
        <translation>%1 hat seine Sperre verloren (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 lost its lock at %2 (&apos;%3&apos;)</source>
        <translation>%1 hat um %2 seine Sperre verloren (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 found its semaphores already removed (&apos;%2&apos;)</source>
        <translation>%1 fand seine Semaphoren bereits entfernt (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 found its semaphores already removed at %2 (&apos;%3&apos;)</source>
        <translation>%1 fand seine Semaphoren um %2 bereits entfernt (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 failed to start (&apos;%2&apos;)</source>
        <translation>%1 konnte nicht starten (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 failed to start at %2 (&apos;%3&apos;)</source>
        <translation>%1 konnte um %2 nicht starten (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>%1 could not create an IPC object (&apos;%2&apos;)</source>
        <translation>%1 konnte kein IPC-Objekt erzeugen (&apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 could not create an IPC object at %2 (&apos;%3&apos;)</source>
        <translation>%1 konnte um %2 kein IPC-Objekt erzeugen (&apos;%3&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>(seen %n time(s) in the logs)</source>
        <translation>
            <numerusform>(%n-mal in den Protokollen gesehen)</numerusform>
            <numerusform>(%n-mal in den Protokollen gesehen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; running again since %2.</source>
        <translation>%1; läuft seit %2 wieder.</translation>
    </message>
    <message>
        <source>%1; started again at %2.</source>
        <translation>%1; um %2 wieder gestartet.</translation>
    </message>
    <message>
        <source>Nothing to do now. To keep it from happening again: %1</source>
        <translation>Jetzt ist nichts zu tun. Damit es nicht wieder passiert: %1</translation>
    </message>
    <message>
        <source>%1: its semaphore set was removed while it was running, by ipcrm or by systemd&apos;s RemoveIPC when the owning user logged out.</source>
        <translation>%1: sein Semaphorsatz wurde während des Laufs entfernt, durch ipcrm oder durch RemoveIPC von systemd, als sich der besitzende Benutzer abmeldete.</translation>
    </message>
    <message>
        <source>Set RemoveIPC=no in /etc/systemd/logind.conf (or run the service under a system account), make sure nobody removes objects that are in use, and start the program again.</source>
        <translation>Setzen Sie RemoveIPC=no in /etc/systemd/logind.conf (oder lassen Sie den Dienst unter einem Systemkonto laufen), stellen Sie sicher, dass niemand genutzte Objekte entfernt, und starten Sie das Programm erneut.</translation>
    </message>
    <message>
        <source>%1 because %2.</source>
        <translation>%1, weil %2.</translation>
    </message>
    <message>
        <source>%1 because %2 — %3.</source>
        <translation>%1, weil %2 — %3.</translation>
    </message>
    <message numerus="yes">
        <source>Cleaning up the %n object(s) left behind frees the room; then start the program again.</source>
        <translation>
            <numerusform>Das Aufräumen des %n zurückgelassenen Objekts schafft Platz; starten Sie das Programm dann erneut.</numerusform>
            <numerusform>Das Aufräumen der %n zurückgelassenen Objekte schafft Platz; starten Sie das Programm dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left behind can be cleaned: raise %1 (see the suggestions).</source>
        <translation>Nichts Zurückgelassenes kann aufgeräumt werden: erhöhen Sie %1 (siehe die Vorschläge).</translation>
    </message>
    <message>
        <source>%1. Right now %2 of %3 (%4) are used, so the shortage has passed — probably the objects were removed or the limit raised since.</source>
        <translation>%1. Derzeit sind %2 von %3 (%4) belegt, der Engpass ist also vorbei — vermutlich wurden die Objekte inzwischen entfernt oder die Grenze erhöht.</translation>
    </message>
    <message>
        <source>%1. The limits on this host do not show the shortage now.</source>
        <translation>%1. Die Grenzen auf diesem Host zeigen den Engpass derzeit nicht.</translation>
    </message>
    <message>
        <source>If it happens again, check the limits while it happens.</source>
        <translation>Passiert es wieder, prüfen Sie die Grenzen, während es passiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left behind still take room; cleaning them up makes it less likely to happen again.</source>
        <translation>
            <numerusform>%n zurückgelassenes Objekt belegt noch Platz; es aufzuräumen macht eine Wiederholung unwahrscheinlicher.</numerusform>
            <numerusform>%n zurückgelassene Objekte belegen noch Platz; sie aufzuräumen macht eine Wiederholung unwahrscheinlicher.</numerusform>
        </translation>
    </message>
    <message>
        <source>What went wrong: %1</source>
        <translation>Was schiefging: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Earlier problems, recovered since</source>
        <translation>Frühere Probleme, inzwischen behoben</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The logs were not searched for this report.</source>
        <translation>Für diesen Bericht wurden die Protokolle nicht durchsucht.</translation>
    </message>
    <message>
        <source>No known IPC failure was found in the logs IPC Scope could read.</source>
        <translation>In den Protokollen, die IPC Scope lesen konnte, wurde kein bekannter IPC-Fehler gefunden.</translation>
    </message>
    <message>
        <source>Nothing that went wrong is still a problem: every failure found in the logs was followed by a successful start (see below).</source>
        <translation>Nichts, was schiefging, ist noch ein Problem: auf jeden in den Protokollen gefundenen Fehler folgte ein erfolgreicher Start (siehe unten).</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu berichten.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Kernel limits</source>
        <translation>Kernel-Grenzen</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>There are no IPC objects.</source>
        <translation>Es gibt keine IPC-Objekte.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Semaphore sets</source>
        <translation>Semaphorsätze</translation>
    </message>
    <message>
        <source>Semaphores</source>
        <translation>Semaphoren</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>POSIX objects</source>
        <translation>POSIX-Objekte</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Possibly orphaned</source>
        <translation>Möglicherweise verwaist</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Running processes</source>
        <translation>Laufende Prozesse</translation>
    </message>
    <message>
        <source>%1 id %2, key 0x%3</source>
        <translation>%1 ID %2, Schlüssel 0x%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Eigentümer %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) are not in use by a running program.</source>
        <translation>
            <numerusform>%1 von %n Objekt wird von keinem laufenden Programm genutzt.</numerusform>
            <numerusform>%1 von %n Objekten werden von keinem laufenden Programm genutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Objects not in use</source>
        <translation>Nicht genutzte Objekte</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>No changes are suggested.</source>
        <translation>Es werden keine Änderungen vorgeschlagen.</translation>
    </message>
    <message>
        <source>Symptoms in the logs</source>
        <translation>Symptome in den Protokollen</translation>
    </message>
    <message>
        <source>The logs were not searched.</source>
        <translation>Die Protokolle wurden nicht durchsucht.</translation>
    </message>
    <message>
        <source>No known IPC failure in the logs that were read.</source>
        <translation>Kein bekannter IPC-Fehler in den gelesenen Protokollen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was es bedeutet</translation>
    </message>
    <message>
        <source>Logs looked at:</source>
        <translation>Durchgesehene Protokolle:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Snapshot taken</source>
        <translation>Snapshot erstellt</translation>
    </message>
    <message>
        <source>Helper version</source>
        <translation>Helferversion</translation>
    </message>
    <message>
        <source>Seen as</source>
        <translation>Gesehen als</translation>
    </message>
    <message>
        <source>(partial view)</source>
        <translation>(Teilansicht)</translation>
    </message>
    <message>
        <source>Logs searched</source>
        <translation>Durchsuchte Protokolle</translation>
    </message>
    <message>
        <source>Report made by</source>
        <translation>Bericht erstellt von</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>IPC report for %1</source>
        <translation>IPC-Bericht für %1</translation>
    </message>
    <message>
        <source>Taken %1 with helper %2.</source>
        <translation>Erstellt %1 mit Helfer %2.</translation>
    </message>
    <message>
        <source>Apache could not create a lock</source>
        <translation>Apache konnte keine Sperre erzeugen</translation>
    </message>
    <message>
        <source>When Apache starts it creates locks (&quot;mutexes&quot;) so that its worker processes take turns, like a talking stick in a meeting. On Linux these are often System V semaphore sets, and the kernel allows only a fixed number of them (SEMMNI). When every allowed set is taken, Apache cannot create its lock and refuses to start. &quot;No space left on device&quot; here has nothing to do with the disk: it means the kernel&apos;s table of semaphore sets is full, usually with sets left behind by earlier Apache processes that were killed.</source>
        <translation>Beim Start erzeugt Apache Sperren („Mutexe“), damit seine Worker-Prozesse sich abwechseln, wie ein Redestab in einer Besprechung. Unter Linux sind das oft System-V-Semaphorsätze, und der Kernel erlaubt davon nur eine feste Anzahl (SEMMNI). Sind alle erlaubten Sätze belegt, kann Apache seine Sperre nicht erzeugen und startet nicht. &quot;No space left on device&quot; hat hier nichts mit der Festplatte zu tun: es bedeutet, dass die Tabelle der Semaphorsätze des Kernels voll ist, meist mit Sätzen, die frühere, abgeschossene Apache-Prozesse zurückgelassen haben.</translation>
    </message>
    <message>
        <source>Apache lost its lock while running</source>
        <translation>Apache hat im Betrieb seine Sperre verloren</translation>
    </message>
    <message>
        <source>Apache&apos;s worker processes take turns accepting new connections using a lock (the &quot;accept mutex&quot;). This message means the lock vanished or broke while Apache was running: someone removed the semaphore set (for example with ipcrm, or systemd removing a user&apos;s IPC objects when that user logged out), and the workers gave up. Apache usually stops right after it.</source>
        <translation>Die Worker-Prozesse von Apache nehmen neue Verbindungen abwechselnd mit Hilfe einer Sperre an (dem „accept mutex“). Diese Meldung bedeutet, dass die Sperre im laufenden Betrieb verschwunden oder kaputtgegangen ist: jemand hat den Semaphorsatz entfernt (zum Beispiel mit ipcrm, oder systemd hat die IPC-Objekte eines Benutzers bei seiner Abmeldung entfernt), und die Worker haben aufgegeben. Apache beendet sich meist gleich danach.</translation>
    </message>
    <message>
        <source>PostgreSQL could not create its semaphores</source>
        <translation>PostgreSQL konnte seine Semaphoren nicht erzeugen</translation>
    </message>
    <message>
        <source>PostgreSQL needs a few semaphore sets for its connections and refuses to start without them. &quot;No space left on device&quot; means the kernel&apos;s limit on semaphore sets (SEMMNI) or on semaphores in total (SEMMNS) was reached - not that the disk is full. Either leftover sets take the room, or the limits are too low for the configured max_connections.</source>
        <translation>PostgreSQL braucht einige Semaphorsätze für seine Verbindungen und startet ohne sie nicht. &quot;No space left on device&quot; bedeutet, dass die Grenze des Kernels für Semaphorsätze (SEMMNI) oder für Semaphoren insgesamt (SEMMNS) erreicht war – nicht, dass die Festplatte voll ist. Entweder belegen zurückgelassene Sätze den Platz, oder die Grenzen sind für das eingestellte max_connections zu niedrig.</translation>
    </message>
    <message>
        <source>PostgreSQL could not create its shared memory</source>
        <translation>PostgreSQL konnte seinen Shared Memory nicht erzeugen</translation>
    </message>
    <message>
        <source>PostgreSQL keeps a small System V shared-memory segment as a safety marker and refuses to start without it. &quot;No space left on device&quot; means the kernel&apos;s limit on segments (SHMMNI) or on shared memory in total (SHMALL) was reached; &quot;Cannot allocate memory&quot; means the memory asked for is not available; &quot;Invalid argument&quot; means the segment is larger than SHMMAX allows.</source>
        <translation>PostgreSQL hält ein kleines System-V-Shared-Memory-Segment als Sicherheitsmarke und startet ohne es nicht. &quot;No space left on device&quot; bedeutet, dass die Grenze des Kernels für Segmente (SHMMNI) oder für Shared Memory insgesamt (SHMALL) erreicht war; &quot;Cannot allocate memory&quot; bedeutet, dass der angeforderte Speicher nicht verfügbar ist; &quot;Invalid argument&quot; bedeutet, dass das Segment größer ist, als SHMMAX erlaubt.</translation>
    </message>
    <message>
        <source>A semaphore set disappeared under a program</source>
        <translation>Ein Semaphorsatz ist unter einem Programm verschwunden</translation>
    </message>
    <message>
        <source>A program tried to remove its own semaphore set and found it already gone. The usual cause is systemd-logind&apos;s RemoveIPC=yes: when the last session of a user ends, systemd deletes every IPC object that user owns - including those of a database or web server running under that account. Setting RemoveIPC=no in /etc/systemd/logind.conf, or running the service under a system account, prevents it.</source>
        <translation>Ein Programm wollte seinen eigenen Semaphorsatz entfernen und fand ihn bereits verschwunden. Die übliche Ursache ist RemoveIPC=yes von systemd-logind: endet die letzte Sitzung eines Benutzers, löscht systemd jedes IPC-Objekt dieses Benutzers – auch die einer Datenbank oder eines Webservers, die unter diesem Konto laufen. RemoveIPC=no in /etc/systemd/logind.conf oder ein Systemkonto für den Dienst verhindert das.</translation>
    </message>
    <message>
        <source>A program could not create a semaphore set</source>
        <translation>Ein Programm konnte keinen Semaphorsatz erzeugen</translation>
    </message>
    <message>
        <source>A program asked the kernel for a new semaphore set and was refused because the kernel&apos;s limit on semaphore sets (SEMMNI) or on semaphores in total (SEMMNS) was reached. &quot;No space left on device&quot; is the kernel&apos;s way of saying its table is full - the disk is fine.</source>
        <translation>Ein Programm hat beim Kernel einen neuen Semaphorsatz angefordert und wurde abgewiesen, weil die Grenze des Kernels für Semaphorsätze (SEMMNI) oder für Semaphoren insgesamt (SEMMNS) erreicht war. &quot;No space left on device&quot; ist die Art des Kernels zu sagen, dass seine Tabelle voll ist – die Festplatte ist in Ordnung.</translation>
    </message>
    <message>
        <source>A program could not create a shared-memory segment</source>
        <translation>Ein Programm konnte kein Shared-Memory-Segment erzeugen</translation>
    </message>
    <message>
        <source>A program asked the kernel for a new shared-memory segment and was refused because the kernel&apos;s limit on segments (SHMMNI) or on shared memory in total (SHMALL) was reached. The disk is not involved.</source>
        <translation>Ein Programm hat beim Kernel ein neues Shared-Memory-Segment angefordert und wurde abgewiesen, weil die Grenze des Kernels für Segmente (SHMMNI) oder für Shared Memory insgesamt (SHMALL) erreicht war. Die Festplatte ist nicht beteiligt.</translation>
    </message>
    <message>
        <source>A program could not get the shared memory it asked for</source>
        <translation>Ein Programm bekam den angeforderten Shared Memory nicht</translation>
    </message>
    <message>
        <source>A program asked for a shared-memory segment and the kernel could not provide the memory: the request is larger than the free memory or the huge pages reserved, or the segments already there (perhaps left behind) hold too much.</source>
        <translation>Ein Programm hat ein Shared-Memory-Segment angefordert, und der Kernel konnte den Speicher nicht bereitstellen: die Anforderung ist größer als der freie Speicher oder die reservierten Huge Pages, oder die vorhandenen (womöglich zurückgelassenen) Segmente belegen zu viel.</translation>
    </message>
    <message>
        <source>The log search on the server returned something IPC Scope cannot read. Update IPC Scope and its helper to the same version and try again.</source>
        <translation>Die Protokollsuche auf dem Server lieferte etwas, das IPC Scope nicht lesen kann. Bringen Sie IPC Scope und seinen Helfer auf dieselbe Version und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the system journal</source>
        <translation>das Systemjournal</translation>
    </message>
    <message>
        <source>IPC Scope was not allowed to read %1 (%2). Connect in administrator mode to include it.</source>
        <translation>IPC Scope durfte %1 nicht lesen (%2). Verbinden Sie sich im Administratormodus, um es einzubeziehen.</translation>
    </message>
    <message>
        <source>IPC Scope could not read %1 (%2).</source>
        <translation>IPC Scope konnte %1 nicht lesen (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) may have been left behind (possibly orphaned: their owner still runs other programs). Check them and clean up those that are leftovers; raise %1 only if they are in use (see the suggestions).</source>
        <translation>
            <numerusform>%n Objekt wurde möglicherweise zurückgelassen (möglicherweise verwaist: sein Besitzer führt noch andere Programme aus). Prüfen Sie es und räumen Sie es auf, falls es zurückgelassen wurde; erhöhen Sie %1 nur, wenn es benutzt wird (siehe Vorschläge).</numerusform>
            <numerusform>%n Objekte wurden möglicherweise zurückgelassen (möglicherweise verwaist: ihr Besitzer führt noch andere Programme aus). Prüfen Sie sie und räumen Sie die Zurückgelassenen auf; erhöhen Sie %1 nur, wenn sie benutzt werden (siehe Vorschläge).</numerusform>
        </translation>
    </message>
    <message>
        <source>Container %1, namespace %2</source>
        <translation>Container %1, Namespace %2</translation>
    </message>
    <message>
        <source>Container %1 (namespace %2, pid %3)</source>
        <translation>Container %1 (Namespace %2, PID %3)</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Clean up there: ipcscope-cli clean --namespace %1 --orphans</source>
        <translation>Dort aufräumen: ipcscope-cli clean --namespace %1 --orphans</translation>
    </message>
    <message>
        <source>Containers (IPC namespaces of their own)</source>
        <translation>Container (eigene IPC-Namespaces)</translation>
    </message>
    <message>
        <source>%1. On the host %2 of %3 (%4) are used, but in the container %5 %6: the program that failed probably runs there.</source>
        <translation>%1. Auf dem Host sind %2 von %3 (%4) belegt, doch im Container %5 gilt: %6. Das fehlgeschlagene Programm läuft wahrscheinlich dort.</translation>
    </message>
    <message>
        <source>Clean up what was left behind in the container (its finding on the Overview) or raise its limit (Planner, Limits of: the container), then start the program again.</source>
        <translation>Räumen Sie auf, was im Container zurückgeblieben ist (sein Befund in der Übersicht), oder erhöhen Sie sein Limit (Planer, Limits von: der Container), und starten Sie das Programm dann neu.</translation>
    </message>
</context>
<context>
    <name>IpcScope::Fleet</name>
    <message>
        <source>Prometheus sent an answer that is not a query result.</source>
        <translation>Prometheus hat eine Antwort geschickt, die kein Abfrageergebnis ist.</translation>
    </message>
    <message>
        <source>Prometheus could not run the query: %1</source>
        <translation>Prometheus konnte die Abfrage nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the connection. Check the address and that Prometheus runs there.</source>
        <translation>Prometheus unter %1 hat die Verbindung abgelehnt. Prüfen Sie die Adresse und ob Prometheus dort läuft.</translation>
    </message>
    <message>
        <source>The Prometheus server %1 was not found. Check its name.</source>
        <translation>Der Prometheus-Server %1 wurde nicht gefunden. Prüfen Sie seinen Namen.</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not answer in time.</source>
        <translation>Prometheus unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Prometheus at %1 could not be read.</source>
        <translation>Prometheus unter %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Prometheus at %1 did not accept the login (HTTP 401). Check the user and password or the token.</source>
        <translation>Prometheus unter %1 hat die Anmeldung nicht angenommen (HTTP 401). Prüfen Sie Benutzer und Passwort oder das Token.</translation>
    </message>
    <message>
        <source>Prometheus at %1 refused access (HTTP 403). The login is known but may not read this server.</source>
        <translation>Prometheus unter %1 hat den Zugriff verweigert (HTTP 403). Die Anmeldung ist bekannt, darf diesen Server aber nicht lesen.</translation>
    </message>
    <message>
        <source>%1 has no Prometheus query API (HTTP 404). Check the address, including a path prefix if Prometheus runs behind one.</source>
        <translation>%1 hat keine Prometheus-Abfrageschnittstelle (HTTP 404). Prüfen Sie die Adresse, auch einen Pfad, falls Prometheus hinter einem läuft.</translation>
    </message>
</context>
<context>
    <name>IpcScope::History</name>
    <message>
        <source>The history in %1 could not be written. The overview still works; the history charts miss this moment.</source>
        <translation>Der Verlauf in %1 konnte nicht geschrieben werden. Die Übersicht funktioniert weiter; den Verlaufsdiagrammen fehlt dieser Zeitpunkt.</translation>
    </message>
    <message>
        <source>The history in %1 could not be read. The overview still works; the history charts stay empty.</source>
        <translation>Der Verlauf in %1 konnte nicht gelesen werden. Die Übersicht funktioniert weiter; die Verlaufsdiagramme bleiben leer.</translation>
    </message>
    <message>
        <source>Old history in %1 could not be removed. The history keeps growing until this works again.</source>
        <translation>Alter Verlauf in %1 konnte nicht entfernt werden. Der Verlauf wächst weiter, bis dies wieder gelingt.</translation>
    </message>
    <message>
        <source>The history file %1 is a folder. Move it away, or choose another place for the history.</source>
        <translation>Die Verlaufsdatei %1 ist ein Ordner. Verschieben Sie ihn oder wählen Sie einen anderen Ort für den Verlauf.</translation>
    </message>
    <message>
        <source>The history file %1 could not be opened. Check that its folder can be written, or choose another place for the history.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht geöffnet werden. Prüfen Sie, ob ihr Ordner beschreibbar ist, oder wählen Sie einen anderen Ort für den Verlauf.</translation>
    </message>
    <message>
        <source>The folder %1 for the history file %2 could not be created. Check that it can be written, or choose another place for the history.</source>
        <translation>Der Ordner %1 für die Verlaufsdatei %2 konnte nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist, oder wählen Sie einen anderen Ort für den Verlauf.</translation>
    </message>
    <message>
        <source>History needs Qt&apos;s SQLite driver (QSQLITE), which is not installed. Install the Qt 6 SQLite plugin (libqt6sql6-sqlite).</source>
        <translation>Der Verlauf braucht den SQLite-Treiber von Qt (QSQLITE), der nicht installiert ist. Installieren Sie das SQLite-Plugin von Qt 6 (libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The history file %1 is damaged or is not an IPC Scope history. Move it away; IPC Scope then starts a new history.</source>
        <translation>Die Verlaufsdatei %1 ist beschädigt oder kein Verlauf von IPC Scope. Verschieben Sie sie; IPC Scope beginnt dann einen neuen Verlauf.</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer IPC Scope (history version %2). Update IPC Scope, or move the file away to start a new history.</source>
        <translation>Die Verlaufsdatei %1 wurde von einem neueren IPC Scope geschrieben (Verlaufsversion %2). Aktualisieren Sie IPC Scope oder verschieben Sie die Datei, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The history file %1 could not be prepared.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The history file %1 could not be updated to this version of IPC Scope. Check that it can be written, or move it away to start a new history.</source>
        <translation>Die Verlaufsdatei %1 konnte nicht auf diese Version von IPC Scope aktualisiert werden. Prüfen Sie, ob sie beschreibbar ist, oder verschieben Sie sie, um einen neuen Verlauf zu beginnen.</translation>
    </message>
    <message>
        <source>The history file %1 cannot be written. Check its permissions, or choose another place for the history.</source>
        <translation>Die Verlaufsdatei %1 ist nicht beschreibbar. Prüfen Sie ihre Rechte oder wählen Sie einen anderen Ort für den Verlauf.</translation>
    </message>
    <message>
        <source>The history database was not opened.</source>
        <translation>Die Verlaufsdatenbank wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>IpcScope::Model</name>
    <message>
        <source>the text ends early</source>
        <translation>der Text endet zu früh</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>a comma before &apos;%1&apos;</source>
        <translation>ein Komma vor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>einen Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>a control character in a string</source>
        <translation>ein Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>an invalid escape sequence</source>
        <translation>eine ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>ungültiges UTF-8 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>eine Zahl erwartet</translation>
    </message>
    <message>
        <source>an invalid number</source>
        <translation>eine ungültige Zahl</translation>
    </message>
    <message>
        <source>an invalid number (leading zero)</source>
        <translation>eine ungültige Zahl (führende Null)</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>an invalid literal</source>
        <translation>ein ungültiges Literal</translation>
    </message>
    <message>
        <source>expected null</source>
        <translation>null erwartet</translation>
    </message>
    <message>
        <source>unexpected text after the document</source>
        <translation>unerwarteter Text nach dem Dokument</translation>
    </message>
    <message>
        <source>%1: expected &quot;helper&quot; or &quot;agentless&quot;, got &quot;%2&quot;</source>
        <translation>%1: &quot;helper&quot; oder &quot;agentless&quot; erwartet, &quot;%2&quot; erhalten</translation>
    </message>
    <message>
        <source>The helper&apos;s output is not an IPC Scope snapshot: it has no schema name. Make sure the helper belongs to IPC Scope.</source>
        <translation>Die Ausgabe des Helfers ist kein IPC-Scope-Snapshot: sie hat keinen Schemanamen. Stellen Sie sicher, dass der Helfer zu IPC Scope gehört.</translation>
    </message>
    <message>
        <source>The helper&apos;s output is not an IPC Scope snapshot (schema &quot;%1&quot;). Make sure the helper belongs to IPC Scope.</source>
        <translation>Die Ausgabe des Helfers ist kein IPC-Scope-Snapshot (Schema &quot;%1&quot;). Stellen Sie sicher, dass der Helfer zu IPC Scope gehört.</translation>
    </message>
    <message>
        <source>The snapshot was made by a newer helper (%1); update IPC Scope to read it.</source>
        <translation>Der Snapshot stammt von einem neueren Helfer (%1); aktualisieren Sie IPC Scope, um ihn zu lesen.</translation>
    </message>
    <message>
        <source>The snapshot from the helper ends early, at byte %1: the output was cut off. Try again; if it keeps happening, check the connection and the helper.</source>
        <translation>Der Snapshot des Helfers endet zu früh, bei Byte %1: die Ausgabe wurde abgeschnitten. Versuchen Sie es erneut; passiert es weiter, prüfen Sie die Verbindung und den Helfer.</translation>
    </message>
    <message>
        <source>The snapshot from the helper is not valid JSON (%1 at byte %2). Make sure the helper belongs to this version of IPC Scope.</source>
        <translation>Der Snapshot des Helfers ist kein gültiges JSON (%1 bei Byte %2). Stellen Sie sicher, dass der Helfer zu dieser Version von IPC Scope gehört.</translation>
    </message>
    <message>
        <source>The helper printed no snapshot. Try again; if it keeps happening, run the helper by hand to see what it says.</source>
        <translation>Der Helfer hat keinen Snapshot ausgegeben. Versuchen Sie es erneut; passiert es weiter, führen Sie den Helfer von Hand aus, um zu sehen, was er sagt.</translation>
    </message>
    <message>
        <source>The helper&apos;s output is not an IPC Scope snapshot: it is not a JSON object. Make sure the helper belongs to IPC Scope.</source>
        <translation>Die Ausgabe des Helfers ist kein IPC-Scope-Snapshot: sie ist kein JSON-Objekt. Stellen Sie sicher, dass der Helfer zu IPC Scope gehört.</translation>
    </message>
    <message>
        <source>The snapshot from the helper could not be read: %1. Make sure the helper belongs to this version of IPC Scope.</source>
        <translation>Der Snapshot des Helfers war nicht lesbar: %1. Stellen Sie sicher, dass der Helfer zu dieser Version von IPC Scope gehört.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1: fehlt</translation>
    </message>
    <message>
        <source>%1: expected %2, got %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>%1: expected a number of at least 0, got %2</source>
        <translation>%1: eine Zahl von mindestens 0 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: expected a whole number, got %2</source>
        <translation>%1: eine ganze Zahl erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>%1: %2 is too large (at most %3)</source>
        <translation>%1: %2 ist zu groß (höchstens %3)</translation>
    </message>
    <message>
        <source>%1: %2 is out of range</source>
        <translation>%1: %2 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>%1: expected a number of at least 1, got 0</source>
        <translation>%1: eine Zahl von mindestens 1 erwartet, 0 erhalten</translation>
    </message>
</context>
<context>
    <name>IpcScope::Planner</name>
    <message>
        <source>The helper did not answer with a limits result (%1).</source>
        <translation>Der Helfer hat nicht mit einem Ergebnis zu den Grenzen geantwortet (%1).</translation>
    </message>
    <message>
        <source>%1 %2 in use + %3 planned = %4 %5 needed.</source>
        <translation>%1 %2 genutzt + %3 geplant = %4 %5 benötigt.</translation>
    </message>
    <message>
        <source>The workloads require at least %1 %2.</source>
        <translation>Die Lasten verlangen mindestens %1 %2.</translation>
    </message>
    <message>
        <source>%1 rises from %2 to %3.</source>
        <translation>%1 steigt von %2 auf %3.</translation>
    </message>
    <message>
        <source>The kernel accepts at most %1, %2 short of the need (more needs the ipcmni_extend boot option).</source>
        <translation>Der Kernel nimmt höchstens %1 an, %2 weniger als benötigt (mehr erfordert die Boot-Option ipcmni_extend).</translation>
    </message>
    <message>
        <source>%1 is the default of current kernels, and a proposal never goes below it.</source>
        <translation>%1 ist der Standardwert aktueller Kernel; ein Vorschlag liegt nie darunter.</translation>
    </message>
    <message>
        <source>%1 stays at %2, the most the kernel accepts, although %3 %4 are needed (more needs the ipcmni_extend boot option).</source>
        <translation>%1 bleibt bei %2, dem Höchstwert, den der Kernel annimmt, obwohl %3 %4 benötigt werden (mehr erfordert die Boot-Option ipcmni_extend).</translation>
    </message>
    <message>
        <source>This is not a plan of IPC Scope (schema %1 expected).</source>
        <translation>Dies ist kein Plan von IPC Scope (Schema %1 erwartet).</translation>
    </message>
    <message>
        <source>Workload %1 of the plan has an invalid %2.</source>
        <translation>Last %1 des Plans hat ein ungültiges %2.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>The plan %1 could not be read: %2.</source>
        <translation>Der Plan %1 war nicht lesbar: %2.</translation>
    </message>
    <message>
        <source>The plan %1 is not valid JSON: %2.</source>
        <translation>Der Plan %1 ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>The plan could not be saved to %1: %2.</source>
        <translation>Der Plan konnte nicht in %1 gespeichert werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>PostgreSQL keeps one small System V segment per server: %n segment(s).</source>
        <translation>
            <numerusform>PostgreSQL hält je Server ein kleines System-V-Segment: %n Segment.</numerusform>
            <numerusform>PostgreSQL hält je Server ein kleines System-V-Segment: %n Segmente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The small segment of each PostgreSQL server takes one page: %n page(s).</source>
        <translation>
            <numerusform>Das kleine Segment jedes PostgreSQL-Servers belegt eine Seite: %n Seite.</numerusform>
            <numerusform>Das kleine Segment jedes PostgreSQL-Servers belegt eine Seite: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>ceil((max_connections %1 + autovacuum_max_workers %2 + max_worker_processes %3 + 5) / 16) = %4</source>
        <translation>ceil((max_connections %1 + autovacuum_max_workers %2 + max_worker_processes %3 + 5) / 16) = %4</translation>
    </message>
    <message>
        <source>PostgreSQL 9.x needs %1 semaphore sets per server, × %2 servers.</source>
        <translation>PostgreSQL 9.x braucht %1 Semaphorsätze je Server, × %2 Server.</translation>
    </message>
    <message>
        <source>PostgreSQL 9.x needs 17 semaphores per set: %1 × 17 × %2 servers.</source>
        <translation>PostgreSQL 9.x braucht 17 Semaphoren je Satz: %1 × 17 × %2 Server.</translation>
    </message>
    <message>
        <source>PostgreSQL 9.x creates sets of 17 semaphores.</source>
        <translation>PostgreSQL 9.x erzeugt Sätze zu 17 Semaphoren.</translation>
    </message>
    <message>
        <source>Apache httpd (%1 MPM) with Mutex sysvsem holds one set of one semaphore per mutex: %2 mutexes × (1 + %3 leaked restarts) × %4 servers = %5.</source>
        <translation>Apache httpd (%1-MPM) mit Mutex sysvsem belegt je Mutex einen Satz mit einem Semaphor: %2 Mutexe × (1 + %3 verlorene Neustarts) × %4 Server = %5.</translation>
    </message>
    <message>
        <source>Oracle Database needs PROCESSES + 10 semaphores per set: %1 + 10.</source>
        <translation>Oracle Database braucht PROCESSES + 10 Semaphoren je Satz: %1 + 10.</translation>
    </message>
    <message>
        <source>Oracle Database needs the sum of PROCESSES (%1 × %2 databases), the largest counted twice, plus 10 per database: %3 semaphores.</source>
        <translation>Oracle Database braucht die Summe von PROCESSES (%1 × %2 Datenbanken), die größte doppelt gezählt, plus 10 je Datenbank: %3 Semaphoren.</translation>
    </message>
    <message>
        <source>The SGA of %1 bytes should fit in one segment.</source>
        <translation>Die SGA von %1 Bytes sollte in ein Segment passen.</translation>
    </message>
    <message>
        <source>%1 SGAs of %2 bytes take %3 pages.</source>
        <translation>%1 SGAs zu %2 Bytes belegen %3 Seiten.</translation>
    </message>
    <message>
        <source>%1 semaphore sets × %2 instances.</source>
        <translation>%1 Semaphorsätze × %2 Instanzen.</translation>
    </message>
    <message>
        <source>%1 sets × %2 semaphores × %3 instances.</source>
        <translation>%1 Sätze × %2 Semaphoren × %3 Instanzen.</translation>
    </message>
    <message>
        <source>Sets of %1 semaphores.</source>
        <translation>Sätze zu %1 Semaphoren.</translation>
    </message>
    <message>
        <source>%1 segments × %2 instances.</source>
        <translation>%1 Segmente × %2 Instanzen.</translation>
    </message>
    <message>
        <source>Segments of %1 bytes.</source>
        <translation>Segmente zu %1 Bytes.</translation>
    </message>
    <message>
        <source>%1 segments of %2 bytes × %3 instances take %4 pages.</source>
        <translation>%1 Segmente zu %2 Bytes × %3 Instanzen belegen %4 Seiten.</translation>
    </message>
    <message>
        <source>%1 message queues × %2 instances.</source>
        <translation>%1 Nachrichtenwarteschlangen × %2 Instanzen.</translation>
    </message>
    <message>
        <source>Queues holding %1 bytes.</source>
        <translation>Warteschlangen mit %1 Bytes.</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Apache httpd</source>
        <translation>Apache httpd</translation>
    </message>
    <message>
        <source>Oracle Database</source>
        <translation>Oracle Database</translation>
    </message>
    <message>
        <source>IBM Db2</source>
        <translation>IBM Db2</translation>
    </message>
    <message>
        <source>SAP</source>
        <translation>SAP</translation>
    </message>
    <message>
        <source>Custom workload</source>
        <translation>Eigene Last</translation>
    </message>
    <message>
        <source>SAP systems require at least %1.</source>
        <translation>SAP-Systeme verlangen mindestens %1.</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1 (%n Instanz)</numerusform>
            <numerusform>%1 (%n Instanzen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous values could not be kept in %1: %2.</source>
        <translation>Die vorherigen Werte konnten nicht in %1 gesichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2.</source>
        <translation>%1 konnte nicht entfernt werden: %2.</translation>
    </message>
    <message>
        <source>These are the limits of container %1 (IPC namespace %2), set at runtime only: they are lost when the container restarts, and /etc/sysctl.d on the host does not set them. To keep them, start the container with them:</source>
        <translation>Das sind die Limits des Containers %1 (IPC-Namespace %2), nur zur Laufzeit gesetzt: Sie gehen beim Neustart des Containers verloren, und /etc/sysctl.d auf dem Host setzt sie nicht. Damit sie bleiben, starten Sie den Container mit ihnen:</translation>
    </message>
    <message>
        <source>  Kubernetes: the pod&apos;s securityContext.sysctls (IPC sysctls other than kernel.shm_rmid_forced must be allowed with the kubelet&apos;s --allowed-unsafe-sysctls).</source>
        <translation>  Kubernetes: securityContext.sysctls des Pods (IPC-Sysctls außer kernel.shm_rmid_forced müssen mit --allowed-unsafe-sysctls des Kubelets erlaubt werden).</translation>
    </message>
</context>
<context>
    <name>IpcScope::Session</name>
    <message>
        <source>IPC Scope&apos;s helper cannot run on this host, so its logs are not searched.</source>
        <translation>Der Helfer von IPC Scope kann auf diesem Host nicht laufen, daher werden seine Protokolle nicht durchsucht.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Reading objects</source>
        <translation>Objekte lesen</translation>
    </message>
    <message>
        <source>Analyzing</source>
        <translation>Analysieren</translation>
    </message>
</context>
<context>
    <name>IpcScope::Ssh</name>
    <message>
        <source>The server&apos;s answer to the reduced read was incomplete. Refresh to try again.</source>
        <translation>Die Antwort des Servers auf das eingeschränkte Lesen war unvollständig. Aktualisieren Sie, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The helper program of this installation (%1) cannot be read. Reinstall IPC Scope.</source>
        <translation>Das Hilfsprogramm dieser Installation (%1) ist nicht lesbar. Installieren Sie IPC Scope neu.</translation>
    </message>
    <message>
        <source>%1 did not answer like a Unix server (uname failed). IPC Scope supports Linux servers only.</source>
        <translation>%1 antwortete nicht wie ein Unix-Server (uname schlug fehl). IPC Scope unterstützt nur Linux-Server.</translation>
    </message>
    <message>
        <source>%1 runs %2, which is not Linux; IPC Scope supports Linux servers only.</source>
        <translation>%1 läuft mit %2, nicht mit Linux; IPC Scope unterstützt nur Linux-Server.</translation>
    </message>
    <message>
        <source>The helper copied to %1 arrived damaged. Connect again; if it happens again, check the free space on the server.</source>
        <translation>Der nach %1 kopierte Helfer kam beschädigt an. Verbinden Sie sich erneut; passiert es wieder, prüfen Sie den freien Platz auf dem Server.</translation>
    </message>
    <message>
        <source>%1 presented a host key of a different type than the one recorded in %2. This can mean that someone intercepts the connection. IPC Scope does not connect. If the server was really reinstalled, verify the new key with its administrator, remove the old entry with &quot;ssh-keygen -R %3 -f %2&quot; and connect again.</source>
        <translation>%1 hat einen Host-Schlüssel eines anderen Typs vorgelegt als den in %2 gespeicherten. Das kann bedeuten, dass jemand die Verbindung abfängt. IPC Scope verbindet sich nicht. Wurde der Server wirklich neu installiert, prüfen Sie den neuen Schlüssel mit seinem Administrator, entfernen Sie den alten Eintrag mit &quot;ssh-keygen -R %3 -f %2&quot; und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed since the last connection. This can mean that someone intercepts the connection, or that the server was reinstalled. IPC Scope does not connect. If the change is expected, verify the new key with the server&apos;s administrator, remove the old entry with &quot;ssh-keygen -R %3 -f %2&quot; and connect again.</source>
        <translation>Der Host-Schlüssel von %1 hat sich seit der letzten Verbindung geändert. Das kann bedeuten, dass jemand die Verbindung abfängt oder dass der Server neu installiert wurde. IPC Scope verbindet sich nicht. Ist die Änderung erwartet, prüfen Sie den neuen Schlüssel mit dem Administrator des Servers, entfernen Sie den alten Eintrag mit &quot;ssh-keygen -R %3 -f %2&quot; und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be saved in %2. Check that the file is writable.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht in %2 gespeichert werden. Prüfen Sie, ob die Datei beschreibbar ist.</translation>
    </message>
    <message>
        <source>The host key of %1 could not be checked against %2. Check that the file is readable and well-formed.</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht mit %2 abgeglichen werden. Prüfen Sie, ob die Datei lesbar und richtig aufgebaut ist.</translation>
    </message>
    <message>
        <source>%1 is not a known host and nobody can be asked to check its key (%2 %3). Connect once interactively, or accept new host keys explicitly.</source>
        <translation>%1 ist kein bekannter Host, und niemand kann gefragt werden, seinen Schlüssel zu prüfen (%2 %3). Verbinden Sie sich einmal interaktiv oder akzeptieren Sie neue Host-Schlüssel ausdrücklich.</translation>
    </message>
    <message>
        <source>The host key of %1 was not accepted, so IPC Scope did not connect.</source>
        <translation>Der Host-Schlüssel von %1 wurde nicht angenommen, daher hat IPC Scope sich nicht verbunden.</translation>
    </message>
    <message>
        <source>The helper program of this installation (%1) cannot be read, so it cannot be copied to %2. Reinstall IPC Scope.</source>
        <translation>Das Hilfsprogramm dieser Installation (%1) ist nicht lesbar, daher kann es nicht nach %2 kopiert werden. Installieren Sie IPC Scope neu.</translation>
    </message>
    <message>
        <source>%1 does not offer file transfer (SFTP), so the helper cannot be copied there.</source>
        <translation>%1 bietet keine Dateiübertragung (SFTP) an, daher kann der Helfer nicht dorthin kopiert werden.</translation>
    </message>
    <message>
        <source>The helper could not be copied to %1 on %2. Check the free space and the permissions of that directory.</source>
        <translation>Der Helfer konnte nicht nach %1 auf %2 kopiert werden. Prüfen Sie den freien Platz und die Rechte dieses Verzeichnisses.</translation>
    </message>
    <message>
        <source>Password for %1@%2:</source>
        <translation>Passwort für %1@%2:</translation>
    </message>
    <message>
        <source>Login to %1 was cancelled.</source>
        <translation>Die Anmeldung an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 offers no login method that IPC Scope supports (it offers: %2).</source>
        <translation>%1 bietet keine Anmeldemethode, die IPC Scope unterstützt (angeboten: %2).</translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed. Tried: %3. A password could be asked, but nobody can be asked here; use a key (ssh-agent or an identity file).</source>
        <translation>Die Anmeldung an %1 als %2 ist fehlgeschlagen. Versucht: %3. Ein Passwort könnte abgefragt werden, aber hier kann niemand gefragt werden; verwenden Sie einen Schlüssel (ssh-agent oder eine Identitätsdatei).</translation>
    </message>
    <message>
        <source>Login to %1 as %2 failed. Tried: %3. Check the user name, the key (ssh-agent or identity file) or the password.</source>
        <translation>Die Anmeldung an %1 als %2 ist fehlgeschlagen. Versucht: %3. Prüfen Sie den Benutzernamen, den Schlüssel (ssh-agent oder Identitätsdatei) oder das Passwort.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the host name, or add it to ~/.ssh/config.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie den Hostnamen oder tragen Sie ihn in ~/.ssh/config ein.</translation>
    </message>
    <message>
        <source>%1 refused the connection. Check that the SSH server runs there and that the port is right.</source>
        <translation>%1 hat die Verbindung abgelehnt. Prüfen Sie, ob dort ein SSH-Server läuft und der Port stimmt.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out. Check the address and the network, or allow more time in the connection settings.</source>
        <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten. Prüfen Sie Adresse und Netzwerk oder lassen Sie in den Verbindungseinstellungen mehr Zeit.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from here (no route to the host). Check the network.</source>
        <translation>%1 ist von hier aus nicht erreichbar (keine Route zum Host). Prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <source>Could not connect to %1. The technical detail says why.</source>
        <translation>Keine Verbindung zu %1 möglich. Das technische Detail sagt, warum.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost. The last result stays shown; connect again to refresh it.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen. Das letzte Ergebnis bleibt sichtbar; verbinden Sie sich erneut, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 timed out after %n second(s). Check the address and the network, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>Die Verbindung zu %1 hat nach %n Sekunde das Zeitlimit überschritten. Prüfen Sie Adresse und Netzwerk oder lassen Sie in den Verbindungseinstellungen mehr Zeit.</numerusform>
            <numerusform>Die Verbindung zu %1 hat nach %n Sekunden das Zeitlimit überschritten. Prüfen Sie Adresse und Netzwerk oder lassen Sie in den Verbindungseinstellungen mehr Zeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>opening a channel</source>
        <translation>Öffnen eines Kanals</translation>
    </message>
    <message>
        <source>starting a command</source>
        <translation>Starten eines Befehls</translation>
    </message>
    <message>
        <source>sending data to a command</source>
        <translation>Senden von Daten an einen Befehl</translation>
    </message>
    <message>
        <source>The SSH connection to %1 failed while %2. The technical detail says why.</source>
        <translation>Die SSH-Verbindung zu %1 ist fehlgeschlagen beim %2. Das technische Detail sagt, warum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>~/.ssh/config could not be read. Fix the file or move it away, then connect again.</source>
        <translation>~/.ssh/config war nicht lesbar. Korrigieren Sie die Datei oder verschieben Sie sie und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>The SSH library could not start a session.</source>
        <translation>Die SSH-Bibliothek konnte keine Sitzung starten.</translation>
    </message>
    <message>
        <source>The helper cannot run on %1, so only the reduced read is possible there (no cleanup, no limit changes).</source>
        <translation>Der Helfer kann auf %1 nicht laufen, daher ist dort nur das eingeschränkte Lesen möglich (kein Aufräumen, keine Änderung der Grenzen).</translation>
    </message>
    <message>
        <source>sudo is not installed on %1, so administrator mode cannot work there. Install sudo, or log in as root.</source>
        <translation>sudo ist auf %1 nicht installiert, daher funktioniert der Administratormodus dort nicht. Installieren Sie sudo oder melden Sie sich als root an.</translation>
    </message>
    <message>
        <source>%1 may not use sudo on %2, so administrator mode cannot work there.</source>
        <translation>%1 darf auf %2 kein sudo verwenden, daher funktioniert der Administratormodus dort nicht.</translation>
    </message>
    <message>
        <source>The helper could not be started on %1. The next refresh uses the reduced read.</source>
        <translation>Der Helfer konnte auf %1 nicht gestartet werden. Die nächste Aktualisierung nutzt das eingeschränkte Lesen.</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password and nobody can be asked for it here. Allow the command without a password, or run interactively.</source>
        <translation>sudo auf %1 braucht ein Passwort, und hier kann niemand danach gefragt werden. Erlauben Sie den Befehl ohne Passwort oder arbeiten Sie interaktiv.</translation>
    </message>
    <message>
        <source>Password of %1 for sudo on %2:</source>
        <translation>Passwort von %1 für sudo auf %2:</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the password.</source>
        <translation>sudo auf %1 hat das Passwort nicht angenommen.</translation>
    </message>
    <message>
        <source>The key %1 was skipped: it could not be read.</source>
        <translation>Der Schlüssel %1 wurde übersprungen: er konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Passphrase for the key %1:</source>
        <translation>Passphrase des Schlüssels %1:</translation>
    </message>
    <message>
        <source>That passphrase was wrong. Passphrase for the key %1:</source>
        <translation>Diese Passphrase war falsch. Passphrase des Schlüssels %1:</translation>
    </message>
    <message>
        <source>The key %1 was skipped: its passphrase was wrong.</source>
        <translation>Der Schlüssel %1 wurde übersprungen: seine Passphrase war falsch.</translation>
    </message>
    <message>
        <source>a key file named in ~/.ssh/config</source>
        <translation>eine in ~/.ssh/config genannte Schlüsseldatei</translation>
    </message>
    <message>
        <source>Logged in as %1 with a key from ssh-agent.</source>
        <translation>Als %1 mit einem Schlüssel aus dem ssh-agent angemeldet.</translation>
    </message>
    <message>
        <source>Logged in as %1 with the key %2.</source>
        <translation>Als %1 mit dem Schlüssel %2 angemeldet.</translation>
    </message>
    <message>
        <source>Logged in as %1 with a password.</source>
        <translation>Als %1 mit einem Passwort angemeldet.</translation>
    </message>
    <message>
        <source>Logged in as %1 by answering the server&apos;s questions.</source>
        <translation>Als %1 durch Beantworten der Fragen des Servers angemeldet.</translation>
    </message>
    <message>
        <source>Logged in as %1 without a key or password.</source>
        <translation>Als %1 ohne Schlüssel oder Passwort angemeldet.</translation>
    </message>
    <message>
        <source>sudo did not accept the password. %1</source>
        <translation>sudo hat das Passwort nicht angenommen. %1</translation>
    </message>
</context>
<context>
    <name>IpcScope::Transport</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The helper&apos;s output on %1 exceeded %2, so it was stopped. A real snapshot is far smaller: the helper there is broken or not IPC Scope&apos;s. Check it, or raise the limit with IPCSCOPE_MAX_HELPER_OUTPUT.</source>
        <translation>Die Ausgabe des Helfers auf %1 hat %2 überschritten, daher wurde er gestoppt. Ein echter Snapshot ist weit kleiner: der Helfer dort ist defekt oder gehört nicht zu IPC Scope. Prüfen Sie ihn oder erhöhen Sie die Grenze mit IPCSCOPE_MAX_HELPER_OUTPUT.</translation>
    </message>
    <message>
        <source>The helper (%1) did not understand the request: %2. It may belong to another version of IPC Scope; reinstall or update it.</source>
        <translation>Der Helfer (%1) hat die Anfrage nicht verstanden: %2. Er gehört womöglich zu einer anderen Version von IPC Scope; installieren oder aktualisieren Sie ihn neu.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The helper (%1) failed with exit code %2 and gave no reason. Run ipcscope-helper snapshot there by hand to see what happens.</source>
        <translation>Der Helfer (%1) ist mit Exit-Code %2 fehlgeschlagen und nannte keinen Grund. Führen Sie dort ipcscope-helper snapshot von Hand aus, um zu sehen, was passiert.</translation>
    </message>
    <message>
        <source>The helper (%1) failed: %2</source>
        <translation>Der Helfer (%1) ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>sudo refused to run the helper as root: %1. Check the password, or that your account may use sudo; or turn administrator mode off.</source>
        <translation>sudo hat abgelehnt, den Helfer als root auszuführen: %1. Prüfen Sie das Passwort oder ob Ihr Konto sudo nutzen darf; oder schalten Sie den Administratormodus aus.</translation>
    </message>
    <message>
        <source>local machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>IPC Scope&apos;s helper program was not found (looked for %1). Reinstall IPC Scope, or set IPCSCOPE_HELPER to the helper&apos;s path.</source>
        <translation>Das Hilfsprogramm von IPC Scope wurde nicht gefunden (gesucht in %1). Installieren Sie IPC Scope neu oder setzen Sie IPCSCOPE_HELPER auf den Pfad des Helfers.</translation>
    </message>
    <message>
        <source>IPC Scope&apos;s helper program %1 is missing or not executable. Reinstall IPC Scope, or set IPCSCOPE_HELPER to the helper&apos;s path.</source>
        <translation>Das Hilfsprogramm %1 von IPC Scope fehlt oder ist nicht ausführbar. Installieren Sie IPC Scope neu oder setzen Sie IPCSCOPE_HELPER auf den Pfad des Helfers.</translation>
    </message>
    <message>
        <source>Administrator mode needs the sudo password, and nobody can be asked for it here. Run as root, allow sudo without a password for the helper, or turn administrator mode off.</source>
        <translation>Der Administratormodus braucht das sudo-Passwort, und hier kann niemand danach gefragt werden. Als root ausführen, sudo ohne Passwort für den Helfer erlauben oder den Administratormodus ausschalten.</translation>
    </message>
    <message>
        <source>Administrator mode on the local machine: the password of %1 for sudo</source>
        <translation>Administratormodus auf diesem Rechner: das Passwort von %1 für sudo</translation>
    </message>
    <message>
        <source>Cancelled: no sudo password was given.</source>
        <translation>Abgebrochen: es wurde kein sudo-Passwort eingegeben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Administrator mode needs sudo, which is not installed. Install it, run IPC Scope as root, or turn administrator mode off.</source>
        <translation>Der Administratormodus braucht sudo, das nicht installiert ist. Installieren Sie es, starten Sie IPC Scope als root oder schalten Sie den Administratormodus aus.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2. Check that it exists and is executable.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie, ob die Datei existiert und ausführbar ist.</translation>
    </message>
    <message numerus="yes">
        <source>The helper did not finish within %n second(s) and was stopped. The machine may be very busy; try again.</source>
        <translation>
            <numerusform>Der Helfer ist nicht innerhalb von %n Sekunde fertig geworden und wurde gestoppt. Der Rechner ist vielleicht sehr ausgelastet; versuchen Sie es erneut.</numerusform>
            <numerusform>Der Helfer ist nicht innerhalb von %n Sekunden fertig geworden und wurde gestoppt. Der Rechner ist vielleicht sehr ausgelastet; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The helper (%1) crashed. Please report this with the technical details.</source>
        <translation>Der Helfer (%1) ist abgestürzt. Bitte melden Sie dies mit den technischen Details.</translation>
    </message>
    <message>
        <source>The helper&apos;s output (%1) is not a snapshot, so it was stopped.</source>
        <translation>Die Ausgabe des Helfers (%1) ist kein Snapshot, daher wurde der Helfer gestoppt.</translation>
    </message>
</context>
<context>
    <name>ObjectDetailsPanel</name>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>Style</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>ipcscope::AddHostWizard</name>
    <message>
        <source>Add a server</source>
        <translation>Einen Server hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add host</source>
        <translation>Host &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>ipcscope::AuthPage</name>
    <message>
        <source>SSH &amp;agent and default keys (~/.ssh/id_*)</source>
        <translation>SSH-&amp;Agent und Standardschlüssel (~/.ssh/id_*)</translation>
    </message>
    <message>
        <source>A &amp;key file:</source>
        <translation>Eine &amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>How do you log in?</source>
        <translation>Wie melden Sie sich an?</translation>
    </message>
    <message>
        <source>Passwords and passphrases are asked when needed and never stored.</source>
        <translation>Passwörter und Passphrasen werden bei Bedarf abgefragt und nie gespeichert.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Einen privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>Administrator mode: run the helper with &amp;sudo</source>
        <translation>Administratormodus: den Helfer mit &amp;sudo starten</translation>
    </message>
    <message>
        <source>Needed to see every user&apos;s objects and for cleanup. sudo may ask for your password on the server.</source>
        <translation>Nötig, um die Objekte aller Benutzer zu sehen und zum Aufräumen. sudo fragt auf dem Server womöglich nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Read without the helper (reduced view, no cleanup)</source>
        <translation>Ohne Helfer lesen (eingeschränkte Ansicht, kein Aufräumen)</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Choose an existing private key file, or use the SSH agent.</source>
        <translation>Die Schlüsseldatei %1 ist nicht lesbar. Wählen Sie eine vorhandene private Schlüsseldatei oder verwenden Sie den SSH-Agent.</translation>
    </message>
</context>
<context>
    <name>ipcscope::ChooseObjectsPage</name>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Tick all orphaned objects of</source>
        <translation>Alle verwaisten Objekte anhaken von</translation>
    </message>
    <message>
        <source>Tick all orphaned objects of…</source>
        <translation>Alle verwaisten Objekte anhaken von…</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Eigentümer %1</translation>
    </message>
    <message>
        <source>software %1</source>
        <translation>Software %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These stay:</source>
        <translation>Diese bleiben:</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) in use by running programs are not offered, so the programs keep working.</source>
        <translation>
            <numerusform>%n Objekt, das laufende Programme nutzen, wird nicht angeboten, damit die Programme weiterarbeiten.</numerusform>
            <numerusform>%n Objekte, die laufende Programme nutzen, werden nicht angeboten, damit die Programme weiterarbeiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) that could not be judged stay too.</source>
        <translation>
            <numerusform>%n Objekt, das nicht beurteilt werden konnte, bleibt ebenfalls.</numerusform>
            <numerusform>%n Objekte, die nicht beurteilt werden konnten, bleiben ebenfalls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the objects to remove</source>
        <translation>Die zu entfernenden Objekte wählen</translation>
    </message>
    <message>
        <source>The objects you chose are ticked. Objects judged orphaned or possibly orphaned are listed too; tick more if you like.</source>
        <translation>Die von Ihnen gewählten Objekte sind angehakt. Als verwaist oder möglicherweise verwaist beurteilte Objekte sind ebenfalls aufgeführt; haken Sie nach Belieben weitere an.</translation>
    </message>
    <message>
        <source>Nothing is ticked yet: tick the objects to remove. Possibly orphaned objects may still be in use; tick one only when you know it is a leftover.</source>
        <translation>Noch ist nichts angehakt: haken Sie die Objekte an, die entfernt werden sollen. Möglicherweise verwaiste Objekte können noch benutzt werden; haken Sie eines nur an, wenn Sie wissen, dass es zurückgelassen wurde.</translation>
    </message>
</context>
<context>
    <name>ipcscope::CleanupAfterCarePage</name>
    <message>
        <source>Keep it from happening again</source>
        <translation>Verhindern, dass es wieder passiert</translation>
    </message>
    <message>
        <source>No known software was recognised for these objects. If such objects come back, find the program that creates them: the creator and the key on the Objects page point to it.</source>
        <translation>Für diese Objekte wurde keine bekannte Software erkannt. Kommen solche Objekte wieder, suchen Sie das Programm, das sie erzeugt: Ersteller und Schlüssel auf der Seite „Objekte“ führen zu ihm.</translation>
    </message>
    <message>
        <source>Why these objects were left behind, and how to stop it.</source>
        <translation>Warum diese Objekte zurückgeblieben sind und wie man das verhindert.</translation>
    </message>
    <message>
        <source>It ran in %1. Start it again there, the way that container is started (a Docker or Podman container: docker restart or podman restart with its name); IPC Scope does not start services inside containers.</source>
        <translation>Sie lief in %1. Starten Sie sie dort wieder so, wie dieser Container gestartet wird (ein Docker- oder Podman-Container: docker restart oder podman restart mit seinem Namen); IPC Scope startet keine Dienste in Containern.</translation>
    </message>
</context>
<context>
    <name>ipcscope::CleanupProgressPage</name>
    <message>
        <source>&amp;Cancel the removal</source>
        <translation>Entfernen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Removing the objects</source>
        <translation>Die Objekte werden entfernt</translation>
    </message>
    <message>
        <source>The helper checks each object once more just before removing it.</source>
        <translation>Der Helfer prüft jedes Objekt unmittelbar vor dem Entfernen noch einmal.</translation>
    </message>
</context>
<context>
    <name>ipcscope::CleanupResultsPage</name>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Some objects belong to other users: connect in administrator mode (sudo) to remove them.</source>
        <translation>Einige Objekte gehören anderen Benutzern: verbinden Sie sich im Administratormodus (sudo), um sie zu entfernen.</translation>
    </message>
    <message>
        <source>See what was removed</source>
        <translation>Sehen, was entfernt wurde</translation>
    </message>
    <message>
        <source>What happened to each object, and whether it is gone when the host is read again.</source>
        <translation>Was mit jedem Objekt geschehen ist und ob es beim erneuten Lesen des Hosts verschwunden ist.</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut gelesen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <source>Still there</source>
        <translation>Noch vorhanden</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) removed.</source>
        <translation>
            <numerusform>%n Objekt entfernt.</numerusform>
            <numerusform>%n Objekte entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) kept: just before removing, the helper found that something uses them or that they changed.</source>
        <translation>
            <numerusform>%n Objekt behalten: unmittelbar vor dem Entfernen stellte der Helfer fest, dass etwas es nutzt oder dass es sich geändert hat.</numerusform>
            <numerusform>%n Objekte behalten: unmittelbar vor dem Entfernen stellte der Helfer fest, dass etwas sie nutzt oder dass sie sich geändert haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be removed.</source>
        <translation>
            <numerusform>%n Objekt konnte nicht entfernt werden.</numerusform>
            <numerusform>%n Objekte konnten nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the host again shows %n of them gone.</source>
        <translation>
            <numerusform>Beim erneuten Lesen des Hosts ist %n davon verschwunden.</numerusform>
            <numerusform>Beim erneuten Lesen des Hosts sind %n davon verschwunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>You stopped the removal; objects removed before that stay removed.</source>
        <translation>Sie haben das Entfernen angehalten; zuvor entfernte Objekte bleiben entfernt.</translation>
    </message>
    <message>
        <source>Some objects were kept because the programs that may use them could not be checked; the line under each one says what would help.</source>
        <translation>Einige Objekte wurden behalten, weil die Programme, die sie nutzen könnten, nicht geprüft werden konnten; die Zeile unter jedem Objekt sagt, was helfen würde.</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Schon fort</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) were already gone: removed since the snapshot was taken.</source>
        <translation>
            <numerusform>%n Objekt war schon fort: entfernt, seit der Snapshot erstellt wurde.</numerusform>
            <numerusform>%n Objekte waren schon fort: entfernt, seit der Snapshot erstellt wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::CleanupWizard</name>
    <message>
        <source>Clean up IPC objects on %1</source>
        <translation>IPC-Objekte auf %1 aufräumen</translation>
    </message>
    <message>
        <source>Clean up IPC objects in %1</source>
        <translation>IPC-Objekte in %1 aufräumen</translation>
    </message>
    <message>
        <source>the container %1 on %2</source>
        <translation>dem Container %1 auf %2</translation>
    </message>
    <message>
        <source>the local machine (%1)</source>
        <translation>dem lokalen Rechner (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ipcscope::ConfirmCleanupPage</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) will be removed on %1.</source>
        <translation>
            <numerusform>%n Objekt wird auf %1 entfernt.</numerusform>
            <numerusform>%n Objekte werden auf %1 entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them in use and forced.</source>
        <translation>
            <numerusform>%n davon in Gebrauch und erzwungen.</numerusform>
            <numerusform>%n davon in Gebrauch und erzwungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. The removal is written to the audit log and to the server&apos;s system log.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Das Entfernen wird in das Audit-Protokoll und in das Systemprotokoll des Servers geschrieben.</translation>
    </message>
    <message>
        <source>To confirm, type the host name &amp;%1:</source>
        <translation>Zur Bestätigung den Hostnamen &amp;%1 eingeben:</translation>
    </message>
    <message>
        <source>%1 was read without the helper, so nothing can be removed there. Run the commands of the previous page yourself, or connect so that the helper can run.</source>
        <translation>%1 wurde ohne Helfer gelesen, daher kann dort nichts entfernt werden. Führen Sie die Befehle der vorigen Seite selbst aus oder verbinden Sie sich so, dass der Helfer laufen kann.</translation>
    </message>
    <message>
        <source>Confirm the removal</source>
        <translation>Das Entfernen bestätigen</translation>
    </message>
    <message>
        <source>The last check before anything is removed.</source>
        <translation>Die letzte Prüfung, bevor etwas entfernt wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) will be removed in %1.</source>
        <translation>
            <numerusform>%n Objekt wird in %1 entfernt.</numerusform>
            <numerusform>%n Objekte werden in %1 entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::DiagnosisPanel</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Paste an error message</source>
        <translation>Eine Fehlermeldung einfügen</translation>
    </message>
    <message>
        <source>Paste what you saw - from a log, an email from your provider or a browser - and IPC Scope explains it and checks this host for the cause.</source>
        <translation>Fügen Sie ein, was Sie gesehen haben – aus einem Protokoll, einer E-Mail Ihres Anbieters oder einem Browser –, und IPC Scope erklärt es und sucht auf diesem Host nach der Ursache.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>e.g. (28)No space left on device: AH00023: Couldn&apos;t create the ssl-cache mutex</source>
        <translation>z. B. (28)No space left on device: AH00023: Couldn&apos;t create the ssl-cache mutex</translation>
    </message>
    <message>
        <source>Clean up…</source>
        <translation>Aufräumen…</translation>
    </message>
    <message>
        <source>What is this?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <source>Export HTML report…</source>
        <translation>HTML-Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>The logs of this host have not been searched yet.</source>
        <translation>Die Protokolle dieses Hosts wurden noch nicht durchsucht.</translation>
    </message>
    <message>
        <source>No known IPC failure was found in the logs IPC Scope could read.</source>
        <translation>In den Protokollen, die IPC Scope lesen konnte, wurde kein bekannter IPC-Fehler gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Start the cleanup for the %n object(s) left behind</source>
        <translation>
            <numerusform>Das Aufräumen für das %n zurückgelassene Objekt starten</numerusform>
            <numerusform>Das Aufräumen für die %n zurückgelassenen Objekte starten</numerusform>
        </translation>
    </message>
    <message>
        <source>IPC Scope does not recognise this message as a problem with semaphores, shared memory or message queues.</source>
        <translation>IPC Scope erkennt diese Meldung nicht als Problem mit Semaphoren, Shared Memory oder Nachrichtenwarteschlangen.</translation>
    </message>
    <message>
        <source>On this host:</source>
        <translation>Auf diesem Host:</translation>
    </message>
    <message>
        <source>The report could not be written to %1 (%2).</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden (%2).</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The logs of this host could not be searched: %1</source>
        <translation>Die Protokolle dieses Hosts konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Früher</translation>
    </message>
    <message>
        <source>What is wrong on this host now</source>
        <translation>Was auf diesem Host gerade nicht stimmt</translation>
    </message>
    <message numerus="yes">
        <source>Clean up %n object(s)…</source>
        <translation>
            <numerusform>%n Objekt aufräumen…</numerusform>
            <numerusform>%n Objekte aufräumen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::EditHostDialog</name>
    <message>
        <source>Administrator mode: run the helper with &amp;sudo</source>
        <translation>Administratormodus: den Helfer mit &amp;sudo starten</translation>
    </message>
    <message>
        <source>Read without the helper (reduced view, no cleanup)</source>
        <translation>Ohne Helfer lesen (eingeschränkte Ansicht, kein Aufräumen)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>default (22 or ~/.ssh/config)</source>
        <translation>Standard (22 oder ~/.ssh/config)</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your local user</source>
        <translation>aus ~/.ssh/config, sonst Ihr lokaler Benutzer</translation>
    </message>
    <message>
        <source>empty: SSH agent and default keys (~/.ssh/id_*)</source>
        <translation>leer: SSH-Agent und Standardschlüssel (~/.ssh/id_*)</translation>
    </message>
    <message>
        <source>Saving connects again with these settings. The history of the server stays: it belongs to its address.</source>
        <translation>Beim Speichern wird mit diesen Einstellungen neu verbunden. Der Verlauf des Servers bleibt erhalten: er gehört zu seiner Adresse.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a private key</source>
        <translation>Einen privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read. Choose an existing private key file, or leave it empty to use the SSH agent.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden. Wählen Sie eine vorhandene private Schlüsseldatei, oder lassen Sie das Feld leer, um den SSH-Agenten zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
</context>
<context>
    <name>ipcscope::ErrorBanner</name>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hide error message</source>
        <translation>Fehlermeldung ausblenden</translation>
    </message>
</context>
<context>
    <name>ipcscope::FleetModel</name>
    <message>
        <source>Limit critical</source>
        <translation>Limit kritisch</translation>
    </message>
    <message>
        <source>Orphans found</source>
        <translation>Verwaiste Objekte gefunden</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Waiting to refresh</source>
        <translation>Wartet auf Aktualisierung</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Highest limit use</source>
        <translation>Höchste Limit-Auslastung</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helfer</translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>without helper</source>
        <translation>ohne Helfer</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use</source>
        <translation>%1: %2 von %3 belegt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 · groups: %2</source>
        <translation>%1 · Gruppen: %2</translation>
    </message>
    <message>
        <source>%1 · refreshing…</source>
        <translation>%1 · wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 · waiting</source>
        <translation>%1 · wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned object(s)</source>
        <translation>
            <numerusform>%n verwaistes Objekt</numerusform>
            <numerusform>%n verwaiste Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>%1 in the container %2: %3 of %4 in use</source>
        <translation>%1 im Container %2: %3 von %4 belegt</translation>
    </message>
</context>
<context>
    <name>ipcscope::FleetPage</name>
    <message>
        <source>&lt;b&gt;All servers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alle Server&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Filter by server, state or finding</source>
        <translation>Nach Server, Zustand oder Befund filtern</translation>
    </message>
    <message>
        <source>Filter servers</source>
        <translation>Server filtern</translation>
    </message>
    <message>
        <source>Refresh all</source>
        <translation>Alle aktualisieren</translation>
    </message>
    <message numerus="yes">
        <source>Reads every server, at most %n at once (Settings).</source>
        <translation>
            <numerusform>Liest jeden Server, höchstens %n gleichzeitig (Einstellungen).</numerusform>
            <numerusform>Liest jeden Server, höchstens %n gleichzeitig (Einstellungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s)</source>
        <translation>
            <numerusform>%1 von %n Server</numerusform>
            <numerusform>%1 von %n Servern</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Refresh all was cancelled; the servers not read show what was known before.</source>
        <translation>„Alle aktualisieren“ wurde abgebrochen; nicht gelesene Server zeigen den vorherigen Stand.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) shown</source>
        <translation>
            <numerusform>%1 von %n Server angezeigt</numerusform>
            <numerusform>%1 von %n Servern angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a limit critical</source>
        <translation>
            <numerusform>%n mit kritischem Limit</numerusform>
            <numerusform>%n mit kritischem Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with orphans or warnings</source>
        <translation>
            <numerusform>%n mit Verwaisten oder Warnungen</numerusform>
            <numerusform>%n mit Verwaisten oder Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Host entries (SSH)</source>
        <translation>Host-Einträge (SSH)</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>Read every host entry over SSH, or the IPC metrics a Prometheus server collects from many hosts</source>
        <translation>Jeden Host-Eintrag per SSH lesen, oder die IPC-Metriken, die ein Prometheus-Server von vielen Hosts sammelt</translation>
    </message>
    <message>
        <source>Server…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>The Prometheus server&apos;s address and login</source>
        <translation>Adresse und Anmeldung des Prometheus-Servers</translation>
    </message>
    <message>
        <source>Filter by instance, state or finding</source>
        <translation>Nach Instanz, Zustand oder Befund filtern</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Asks Prometheus again</source>
        <translation>Fragt Prometheus erneut</translation>
    </message>
    <message>
        <source>Prometheus could not be read. The rows are those of its last answer.</source>
        <translation>Prometheus konnte nicht gelesen werden. Die Zeilen stammen aus seiner letzten Antwort.</translation>
    </message>
    <message>
        <source>Prometheus could not be read.</source>
        <translation>Prometheus konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Several host entries connect to %1. Which one do you want to open?</source>
        <translation>Mehrere Host-Einträge verbinden sich mit %1. Welchen möchten Sie öffnen?</translation>
    </message>
    <message>
        <source>%1 reports to Prometheus, but none of your host entries connects to it. Add it as an SSH host to open it?</source>
        <translation>%1 meldet an Prometheus, aber keiner Ihrer Host-Einträge verbindet sich damit. Als SSH-Host hinzufügen, um ihn zu öffnen?</translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation>Host hinzufügen…</translation>
    </message>
    <message>
        <source>Prometheus at %1 needs the password or token once per run: press Refresh (F5).</source>
        <translation>Prometheus unter %1 braucht das Passwort oder Token einmal pro Sitzung: Aktualisieren (F5) drücken.</translation>
    </message>
    <message>
        <source>asking Prometheus at %1…</source>
        <translation>Prometheus unter %1 wird gefragt…</translation>
    </message>
    <message>
        <source>Prometheus at %1, answered %2</source>
        <translation>Prometheus unter %1, Antwort um %2</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>Prometheus unter %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::GroupsEdit</name>
    <message>
        <source>optional, e.g. web, production</source>
        <translation>optional, z. B. web, produktion</translation>
    </message>
    <message>
        <source>Groups separated by commas; the All servers page filters by them</source>
        <translation>Gruppen durch Kommas getrennt; die Seite „Alle Server“ filtert danach</translation>
    </message>
</context>
<context>
    <name>ipcscope::HelpViewer</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>ipcscope::HistoryPage</name>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 10 seconds</source>
        <translation>Alle 10 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Automatic refresh:</source>
        <translation>&amp;Automatisch aktualisieren:</translation>
    </message>
    <message>
        <source>Objects over time</source>
        <translation>Objekte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Limit usage over time</source>
        <translation>Nutzung der Grenzen im Zeitverlauf</translation>
    </message>
    <message>
        <source>History is kept on this computer for every refresh.</source>
        <translation>Der Verlauf wird bei jeder Aktualisierung auf diesem Rechner gespeichert.</translation>
    </message>
    <message>
        <source>The history is not available: %1</source>
        <translation>Der Verlauf ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No history for %1 in this range yet. Every refresh adds a point; switch on automatic refresh to collect it.</source>
        <translation>Noch kein Verlauf für %1 in diesem Zeitraum. Jede Aktualisierung fügt einen Punkt hinzu; schalten Sie die automatische Aktualisierung ein, um ihn zu sammeln.</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) of %1 from %2 to %3.</source>
        <translation>
            <numerusform>%n Snapshot von %1 von %2 bis %3.</numerusform>
            <numerusform>%n Snapshots von %1 von %2 bis %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Semaphore sets</source>
        <translation>Semaphorsätze</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Message queues</source>
        <translation>Nachrichtenwarteschlangen</translation>
    </message>
    <message>
        <source>POSIX</source>
        <translation>POSIX</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Kernel limit usage</source>
        <translation>Nutzung der Kernel-Grenzen</translation>
    </message>
    <message>
        <source>% of limit</source>
        <translation>% der Grenze</translation>
    </message>
</context>
<context>
    <name>ipcscope::HostActions</name>
    <message>
        <source>Remove host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its history stays on this computer.</source>
        <translation>%1 aus der Liste entfernen? Sein Verlauf bleibt auf diesem Rechner.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Administrator rights needed</source>
        <translation>Administratorrechte nötig</translation>
    </message>
    <message numerus="yes">
        <source>%n of the objects to clean up belong to other users. %1 is connected as %2 without administrator mode, so the server would refuse to remove them.

Reconnect in administrator mode (sudo) first? sudo may ask for your password on the server.</source>
        <translation>
            <numerusform>%n der aufzuräumenden Objekte gehört anderen Benutzern. %1 ist als %2 ohne Administratormodus verbunden, daher würde der Server das Entfernen verweigern.

Zuerst im Administratormodus (sudo) neu verbinden? sudo fragt auf dem Server eventuell nach Ihrem Passwort.</numerusform>
            <numerusform>%n der aufzuräumenden Objekte gehören anderen Benutzern. %1 ist als %2 ohne Administratormodus verbunden, daher würde der Server das Entfernen verweigern.

Zuerst im Administratormodus (sudo) neu verbinden? sudo fragt auf dem Server eventuell nach Ihrem Passwort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect with sudo</source>
        <translation>Mit sudo neu verbinden</translation>
    </message>
    <message>
        <source>Continue without</source>
        <translation>Ohne fortfahren</translation>
    </message>
</context>
<context>
    <name>ipcscope::HostKeyDialog</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IPC Scope has not connected to %1 before.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Check that the fingerprint below matches the server&apos;s key before you trust it. On the server, &lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub&lt;/code&gt; shows it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IPC Scope war noch nie mit %1 verbunden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Prüfen Sie, ob der Fingerabdruck unten zum Schlüssel des Servers passt, bevor Sie ihm vertrauen. Auf dem Server zeigt ihn &lt;code&gt;ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key type: %1</source>
        <translation>Schlüsseltyp: %1</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>“Trust and remember” adds the key to %1.</source>
        <translation>„Vertrauen und merken“ fügt den Schlüssel zu %1 hinzu.</translation>
    </message>
    <message>
        <source>Trust and &amp;remember</source>
        <translation>Vertrauen und &amp;merken</translation>
    </message>
    <message>
        <source>Trust &amp;once</source>
        <translation>&amp;Einmal vertrauen</translation>
    </message>
    <message>
        <source>&amp;Do not connect</source>
        <translation>&amp;Nicht verbinden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ipcscope::HostListModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Orphans found</source>
        <translation>Verwaiste gefunden</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Letzte Aktualisierung: %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Limit critical</source>
        <translation>Limit kritisch</translation>
    </message>
</context>
<context>
    <name>ipcscope::HostPage</name>
    <message>
        <source>Which server?</source>
        <translation>Welcher Server?</translation>
    </message>
    <message>
        <source>The server is reached with SSH, like &lt;code&gt;ssh user@host&lt;/code&gt;. Names from your ~/.ssh/config work too.</source>
        <translation>Der Server wird per SSH erreicht, wie mit &lt;code&gt;ssh benutzer@host&lt;/code&gt;. Namen aus Ihrer ~/.ssh/config funktionieren auch.</translation>
    </message>
    <message>
        <source>db1.example.com or 192.0.2.10</source>
        <translation>db1.example.com oder 192.0.2.10</translation>
    </message>
    <message>
        <source>optional, e.g. “Database primary”</source>
        <translation>optional, z. B. „Primäre Datenbank“</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>&amp;Groups:</source>
        <translation>&amp;Gruppen:</translation>
    </message>
</context>
<context>
    <name>ipcscope::HostPages</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Planner</source>
        <translation>Planer</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>There is no snapshot to export yet. Refresh the host first.</source>
        <translation>Es gibt noch keinen Snapshot zum Exportieren. Aktualisieren Sie zuerst den Host.</translation>
    </message>
</context>
<context>
    <name>ipcscope::HostStatus</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running refresh (Esc)</source>
        <translation>Die laufende Aktualisierung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Refresh cancelled</source>
        <translation>Aktualisierung abgebrochen</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht verbunden mit %1</translation>
    </message>
    <message>
        <source>Reading the IPC objects of %1…</source>
        <translation>Lese die IPC-Objekte von %1…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Connected to %1 · %2</source>
        <translation>Verbunden mit %1 · %2</translation>
    </message>
</context>
<context>
    <name>ipcscope::ImportDialog</name>
    <message>
        <source>Import servers</source>
        <translation>Server importieren</translation>
    </message>
    <message>
        <source>SSH client configuration</source>
        <translation>SSH-Client-Konfiguration</translation>
    </message>
    <message>
        <source>Ansible inventory (INI or YAML)</source>
        <translation>Ansible-Inventar (INI oder YAML)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Import servers from</source>
        <translation>Server importieren aus</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>optional, e.g. customers or production</source>
        <translation>optional, z. B. Kunden oder Produktion</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Aus:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Add to &amp;group:</source>
        <translation>Zur &amp;Gruppe hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Import ticked servers</source>
        <translation>Angehakte Server &amp;importieren</translation>
    </message>
    <message>
        <source>A YAML inventory is read with Ansible&apos;s ansible-inventory command, which is not installed here. Install Ansible, or import an INI inventory.</source>
        <translation>Ein YAML-Inventar wird mit dem Ansible-Befehl ansible-inventory gelesen, der hier nicht installiert ist. Installieren Sie Ansible oder importieren Sie ein INI-Inventar.</translation>
    </message>
    <message>
        <source>Reading %1 with ansible-inventory…</source>
        <translation>%1 wird mit ansible-inventory gelesen…</translation>
    </message>
    <message>
        <source>ansible-inventory could not read the inventory: %1</source>
        <translation>ansible-inventory konnte das Inventar nicht lesen: %1</translation>
    </message>
    <message>
        <source>ansible-inventory could not be started: %1</source>
        <translation>ansible-inventory konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>(already in the list)</source>
        <translation>(schon in der Liste)</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation>
            <numerusform>%n Server gefunden</numerusform>
            <numerusform>%n Server gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::LimitChart</name>
    <message>
        <source>Kernel limit usage chart</source>
        <translation>Diagramm der Nutzung der Kernel-Grenzen</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
</context>
<context>
    <name>ipcscope::LimitModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>sysctl</source>
        <translation>sysctl</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%1 page(s) of %2</source>
        <translation>
            <numerusform>%1 Seite zu %2</numerusform>
            <numerusform>%1 Seiten zu je %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::MainWindow</name>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation>Host hinzufügen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hosts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hosts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the host&apos;s IPC objects again (F5)</source>
        <translation>Die IPC-Objekte des Hosts erneut lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Cancel refresh</source>
        <translation>Aktualisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Add host…</source>
        <translation>Host &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export report as &amp;JSON…</source>
        <translation>Bericht als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>The snapshot&apos;s objects with verdicts and reasons, owners, limits and suggestions (ipcscope.report/1)</source>
        <translation>Die Objekte des Snapshots mit Urteilen und Gründen, Eigentümer, Grenzen und Vorschläge (ipcscope.report/1)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>O&amp;bjects</source>
        <translation>O&amp;bjekte</translation>
    </message>
    <message>
        <source>O&amp;wners</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Suggestions</source>
        <translation>V&amp;orschläge</translation>
    </message>
    <message>
        <source>&amp;About IPC Scope</source>
        <translation>&amp;Über IPC Scope</translation>
    </message>
    <message>
        <source>About IPC Scope</source>
        <translation>Über IPC Scope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IPC Scope %1&lt;/h3&gt;&lt;p&gt;See, understand and safely clean up the System V and POSIX IPC objects of your Linux servers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IPC Scope %1&lt;/h3&gt;&lt;p&gt;System-V- und POSIX-IPC-Objekte Ihrer Linux-Server sehen, verstehen und sicher aufräumen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The refresh of %1 failed; the data shown is from the previous refresh.</source>
        <translation>Die Aktualisierung von %1 ist fehlgeschlagen; die gezeigten Daten stammen von der vorigen Aktualisierung.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Export report as JSON</source>
        <translation>Bericht als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>&amp;Clean up…</source>
        <translation>Auf&amp;räumen…</translation>
    </message>
    <message>
        <source>Review the orphaned objects of this host and remove them safely</source>
        <translation>Die verwaisten Objekte dieses Hosts prüfen und sicher entfernen</translation>
    </message>
    <message>
        <source>There is nothing to clean up yet.</source>
        <translation>Es gibt noch nichts aufzuräumen.</translation>
    </message>
    <message>
        <source>Refresh the host first, so that IPC Scope knows its objects.</source>
        <translation>Aktualisieren Sie zuerst den Host, damit IPC Scope seine Objekte kennt.</translation>
    </message>
    <message>
        <source>&amp;Planner</source>
        <translation>&amp;Planer</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>%1 — IPC Scope</source>
        <translation>%1 — IPC Scope</translation>
    </message>
    <message>
        <source>&amp;Edit host…</source>
        <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change how this host is reached: user, port, key, administrator mode</source>
        <translation>Ändern, wie dieser Host erreicht wird: Benutzer, Port, Schlüssel, Administratormodus</translation>
    </message>
    <message>
        <source>D&amp;uplicate host</source>
        <translation>Host &amp;duplizieren</translation>
    </message>
    <message>
        <source>A second entry for the same server, with its own connection (e.g. once with administrator mode)</source>
        <translation>Ein zweiter Eintrag für denselben Server, mit eigener Verbindung (z. B. einmal im Administratormodus)</translation>
    </message>
    <message>
        <source>Re&amp;move host</source>
        <translation>Host &amp;entfernen</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message>
        <source>Every server in one table, worst first</source>
        <translation>Alle Server in einer Tabelle, die schlimmsten zuerst</translation>
    </message>
    <message>
        <source>All servers — IPC Scope</source>
        <translation>Alle Server — IPC Scope</translation>
    </message>
    <message>
        <source>&amp;Import servers…</source>
        <translation>Server &amp;importieren…</translation>
    </message>
    <message>
        <source>Add servers from ~/.ssh/config or an Ansible inventory</source>
        <translation>Server aus ~/.ssh/config oder einem Ansible-Inventar hinzufügen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Helper programs for servers with these processors: %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hilfsprogramme für Server mit diesen Prozessoren: %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No helper was built into this copy for: %1. Servers with these processors are read with standard tools instead (reduced detail, no cleanup).&lt;/p&gt;</source>
        <translation>&lt;p&gt;In diese Kopie wurde kein Hilfsprogramm eingebaut für: %1. Server mit diesen Prozessoren werden stattdessen mit Standardwerkzeugen gelesen (weniger Details, kein Aufräumen).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ipcscope::MessageQueueModel</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>Letzter Versand</translation>
    </message>
    <message>
        <source>Last receive</source>
        <translation>Letzter Empfang</translation>
    </message>
    <message>
        <source>Messages waiting in the queue (qnum)</source>
        <translation>Nachrichten, die in der Warteschlange warten (qnum)</translation>
    </message>
    <message>
        <source>Bytes waiting in the queue (cbytes)</source>
        <translation>Bytes, die in der Warteschlange warten (cbytes)</translation>
    </message>
    <message>
        <source>Time of the last msgsnd() call (stime)</source>
        <translation>Zeitpunkt des letzten msgsnd()-Aufrufs (stime)</translation>
    </message>
    <message>
        <source>Time of the last msgrcv() call (rtime)</source>
        <translation>Zeitpunkt des letzten msgrcv()-Aufrufs (rtime)</translation>
    </message>
</context>
<context>
    <name>ipcscope::NoDataPanel</name>
    <message>
        <source>&amp;Edit host…</source>
        <translation>Host &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>IPC Scope did not log in because the server&apos;s host key was not accepted. Connect again and compare the fingerprint with the one the server&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the server).</source>
        <translation>IPC Scope hat sich nicht angemeldet, weil der Host-Schlüssel des Servers nicht angenommen wurde. Verbinden Sie sich erneut und vergleichen Sie den Fingerabdruck mit dem, den Ihnen der Administrator des Servers nennt (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf dem Server).</translation>
    </message>
    <message>
        <source>The server&apos;s host key is not the one accepted before. If the server was reinstalled, remove its old key with ssh-keygen -R and connect again; otherwise ask its administrator before you do.</source>
        <translation>Der Host-Schlüssel des Servers ist nicht der zuvor angenommene. Wurde der Server neu installiert, entfernen Sie seinen alten Schlüssel mit ssh-keygen -R und verbinden Sie sich erneut; andernfalls fragen Sie vorher seinen Administrator.</translation>
    </message>
    <message>
        <source>Check the address and port (Edit host…), that the server is running and that its SSH server accepts connections from here, then retry.</source>
        <translation>Prüfen Sie Adresse und Port (Host bearbeiten…), ob der Server läuft und ob sein SSH-Server Verbindungen von hier annimmt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check the user name and the key or password (Edit host…), then retry.</source>
        <translation>Prüfen Sie den Benutzernamen und den Schlüssel oder das Passwort (Host bearbeiten…), und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Check administrator mode (Edit host…) and that your account may use sudo there, then retry.</source>
        <translation>Prüfen Sie den Administratormodus (Host bearbeiten…) und ob Ihr Konto dort sudo verwenden darf, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Retry; the line below says what went wrong.</source>
        <translation>Versuchen Sie es erneut; die Zeile darunter sagt, was schiefging.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reading %1…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 wird gelesen…&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>There is no data of this host yet. IPC Scope is connecting to it and reading its IPC objects; this page fills in when that is done.</source>
        <translation>Von diesem Host gibt es noch keine Daten. IPC Scope verbindet sich und liest seine IPC-Objekte; diese Seite füllt sich, sobald das geschehen ist.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No data: %1 could not be read&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keine Daten: %1 konnte nicht gelesen werden&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No data: %1 was not read yet&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Keine Daten: %1 wurde noch nicht gelesen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>The last attempt was cancelled. Connect to read the IPC objects of this host.</source>
        <translation>Der letzte Versuch wurde abgebrochen. Verbinden Sie sich, um die IPC-Objekte dieses Hosts zu lesen.</translation>
    </message>
    <message>
        <source>IPC Scope has not connected to this host yet. Connect to read its IPC objects.</source>
        <translation>IPC Scope hat sich noch nicht mit diesem Host verbunden. Verbinden Sie sich, um seine IPC-Objekte zu lesen.</translation>
    </message>
</context>
<context>
    <name>ipcscope::ObjectDetailsPanel</name>
    <message>
        <source>Select an object to see why it got its verdict, its processes and the equivalent commands.</source>
        <translation>Wählen Sie ein Objekt, um zu sehen, warum es sein Urteil bekam, seine Prozesse und die entsprechenden Befehle.</translation>
    </message>
    <message>
        <source>Object details</source>
        <translation>Objektdetails</translation>
    </message>
    <message>
        <source>&lt;b&gt;Semaphores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Semaphoren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Semaphores of this set</source>
        <translation>Semaphoren dieses Satzes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Processes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prozesse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Equivalent commands&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entsprechende Befehle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>Ansehen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>, user %1</source>
        <translation>, Benutzer %1</translation>
    </message>
    <message>
        <source>%1 %2 — running%3</source>
        <translation>%1 %2 — läuft%3</translation>
    </message>
    <message>
        <source>%1 %2 — exited</source>
        <translation>%1 %2 — beendet</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>No reasons were given.</source>
        <translation>Es wurden keine Gründe angegeben.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>IPC_PRIVATE</source>
        <translation>IPC_PRIVATE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>%1 (uid %2), group %3</source>
        <translation>%1 (UID %2), Gruppe %3</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation>%1 (UID %2)</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Semaphore set %1</source>
        <translation>Semaphorsatz %1</translation>
    </message>
    <message>
        <source>Semaphores</source>
        <translation>Semaphoren</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>Letzte Operation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Semaphores&lt;/b&gt; — the values could not be read (not enough rights, or a reduced view).</source>
        <translation>&lt;b&gt;Semaphoren&lt;/b&gt; — die Werte konnten nicht gelesen werden (zu wenig Rechte oder eingeschränkte Ansicht).</translation>
    </message>
    <message>
        <source>Shared memory segment %1</source>
        <translation>Shared-Memory-Segment %1</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Last attach</source>
        <translation>Letztes Anhängen</translation>
    </message>
    <message>
        <source>Last detach</source>
        <translation>Letztes Abhängen</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>for removal at the last detach</source>
        <translation>zum Entfernen beim letzten Abhängen</translation>
    </message>
    <message>
        <source>Message queue %1</source>
        <translation>Nachrichtenwarteschlange %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>Letzter Versand</translation>
    </message>
    <message>
        <source>Last receive</source>
        <translation>Letzter Empfang</translation>
    </message>
    <message>
        <source>%1 /%2</source>
        <translation>%1 /%2</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Exact name bytes</source>
        <translation>Genaue Bytes des Namens</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>No process refers to this object.</source>
        <translation>Kein Prozess verweist auf dieses Objekt.</translation>
    </message>
    <message>
        <source>Run these on %1. Removing by hand skips IPC Scope&apos;s re-check that the object is still the one you looked at.</source>
        <translation>Führen Sie diese auf %1 aus. Wer von Hand entfernt, umgeht die erneute Prüfung von IPC Scope, ob das Objekt noch dasselbe ist, das Sie angesehen haben.</translation>
    </message>
    <message>
        <source>Removing by hand skips IPC Scope&apos;s re-check that the object is still the one you looked at.</source>
        <translation>Wer von Hand entfernt, umgeht die erneute Prüfung von IPC Scope, ob das Objekt noch dasselbe ist, das Sie angesehen haben.</translation>
    </message>
</context>
<context>
    <name>ipcscope::ObjectTableModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2, exited)</source>
        <translation>%1 (%2, beendet)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>IPC_PRIVATE: created without a key</source>
        <translation>IPC_PRIVATE: ohne Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Key %1 (decimal %2)</source>
        <translation>Schlüssel %1 (dezimal %2)</translation>
    </message>
    <message>
        <source>Owner %1 (uid %2), creator %3 (uid %4), group %5</source>
        <translation>Eigentümer %1 (UID %2), Ersteller %3 (UID %4), Gruppe %5</translation>
    </message>
</context>
<context>
    <name>ipcscope::ObjectsPage</name>
    <message>
        <source>Filter by key, ID, owner, name or verdict  (Ctrl+F)</source>
        <translation>Nach Schlüssel, ID, Eigentümer, Name oder Urteil filtern  (Strg+F)</translation>
    </message>
    <message>
        <source>Filter objects</source>
        <translation>Objekte filtern</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Nach Eigentümer filtern</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Eigentümer</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Nach Urteil filtern</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Urteile</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigentümer:</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Urteil:</translation>
    </message>
    <message>
        <source>Show all objects</source>
        <translation>Alle Objekte zeigen</translation>
    </message>
    <message>
        <source>Semaphore sets</source>
        <translation>Semaphorsätze</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Message queues</source>
        <translation>Nachrichtenwarteschlangen</translation>
    </message>
    <message>
        <source>POSIX</source>
        <translation>POSIX</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Review the selected objects and remove them safely</source>
        <translation>Die ausgewählten Objekte prüfen und sicher entfernen</translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click selects several objects.</source>
        <translation>Strg+Klick oder Umschalt+Klick wählt mehrere Objekte aus.</translation>
    </message>
    <message>
        <source>Clean up selected…</source>
        <translation>Ausgewählte Objekte aufräumen…</translation>
    </message>
    <message numerus="yes">
        <source>Clean up %n selected…</source>
        <translation>
            <numerusform>%n ausgewähltes Objekt aufräumen…</numerusform>
            <numerusform>%n ausgewählte Objekte aufräumen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namensraum:</translation>
    </message>
    <message>
        <source>Show the objects of this IPC namespace</source>
        <translation>Die Objekte dieses IPC-Namensraums zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Container %1 (%n object(s))</source>
        <translation>
            <numerusform>Container %1 (%n Objekt)</numerusform>
            <numerusform>Container %1 (%n Objekte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Container %1 (not readable)</source>
        <translation>Container %1 (nicht lesbar)</translation>
    </message>
    <message numerus="yes">
        <source>The %n object(s) of the finding: %1</source>
        <translation>
            <numerusform>Das %n Objekt des Befunds: %1</numerusform>
            <numerusform>Die %n Objekte des Befunds: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the finding&apos;s %n object(s) is left: %1</source>
        <translation>
            <numerusform>Das %n Objekt des Befunds ist nicht mehr da: %1</numerusform>
            <numerusform>Keines der %n Objekte des Befunds ist noch da: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still here: %1 of the finding&apos;s %n object(s), the others are gone. %2</source>
        <translation>
            <numerusform>Noch da: %1 von %n Objekt des Befunds, die anderen sind fort. %2</numerusform>
            <numerusform>Noch da: %1 von %n Objekten des Befunds, die anderen sind fort. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Host (%n object(s))</source>
        <translation>
            <numerusform>Host (%n Objekt)</numerusform>
            <numerusform>Host (%n Objekte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::OverviewPage</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Semaphore sets</source>
        <translation>Semaphorsätze</translation>
    </message>
    <message>
        <source>Shared memory segments</source>
        <translation>Shared-Memory-Segmente</translation>
    </message>
    <message>
        <source>Message queues</source>
        <translation>Nachrichtenwarteschlangen</translation>
    </message>
    <message>
        <source>POSIX objects</source>
        <translation>POSIX-Objekte</translation>
    </message>
    <message>
        <source>Show the objects with this verdict</source>
        <translation>Die Objekte mit diesem Urteil zeigen</translation>
    </message>
    <message>
        <source>Kernel limits</source>
        <translation>Kernel-Grenzen</translation>
    </message>
    <message>
        <source>Limits in numbers</source>
        <translation>Grenzen in Zahlen</translation>
    </message>
    <message>
        <source>Suggestions for the limits…</source>
        <translation>Vorschläge für die Grenzen…</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 on %4 · snapshot taken %5 · %n object(s)</source>
        <translation>
            <numerusform>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 auf %4 · Snapshot vom %5 · %n Objekt</numerusform>
            <numerusform>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3 auf %4 · Snapshot vom %5 · %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Reduced view: the helper could not run on this host, so IPC Scope read /proc directly. Per-semaphore detail and cleanup are not available.</source>
        <translation>Eingeschränkte Ansicht: der Helfer konnte auf diesem Host nicht laufen, daher hat IPC Scope /proc direkt gelesen. Angaben zu einzelnen Semaphoren und Aufräumen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Nothing to worry about: no orphaned objects were found and every kernel limit has room.</source>
        <translation>Kein Grund zur Sorge: keine verwaisten Objekte gefunden, und jede Kernel-Grenze hat Luft.</translation>
    </message>
    <message numerus="yes">
        <source>%n more finding(s) in the object tables.</source>
        <translation>
            <numerusform>%n weiterer Befund in den Objekttabellen.</numerusform>
            <numerusform>%n weitere Befunde in den Objekttabellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show objects</source>
        <translation>Objekte zeigen</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Open the suggestions with their reasons and references</source>
        <translation>Die Vorschläge mit ihren Gründen und Quellen öffnen</translation>
    </message>
    <message>
        <source>Review these objects and remove them safely</source>
        <translation>Diese Objekte prüfen und sicher entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Clean up %n object(s)…</source>
        <translation>
            <numerusform>%n Objekt aufräumen…</numerusform>
            <numerusform>%n Objekte aufräumen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything was visible to user %1. Verdicts marked Unknown need more rights; turn on administrator mode (sudo) in Host → Edit host… to see everything.</source>
        <translation>Für den Benutzer %1 war nicht alles sichtbar. Urteile mit „Unbekannt“ brauchen mehr Rechte; schalten Sie unter Host → Host bearbeiten… den Administratormodus (sudo) ein, um alles zu sehen.</translation>
    </message>
    <message>
        <source>Objects on the host</source>
        <translation>Objekte des Hosts</translation>
    </message>
    <message numerus="yes">
        <source>The %n container(s) hold %1 more, on the Objects page.</source>
        <translation>
            <numerusform>Der %n Container hat %1 weitere, auf der Seite Objekte.</numerusform>
            <numerusform>Die %n Container haben %1 weitere, auf der Seite Objekte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ipcscope::OwnerModel</name>
    <message>
        <source>%1 (uid %2)</source>
        <translation>%1 (UID %2)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Semaphore sets</source>
        <translation>Semaphorsätze</translation>
    </message>
    <message>
        <source>Semaphores</source>
        <translation>Semaphoren</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Shared memory</source>
        <translation>Gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>POSIX objects</source>
        <translation>POSIX-Objekte</translation>
    </message>
    <message>
        <source>Running processes</source>
        <translation>Laufende Prozesse</translation>
    </message>
</context>
<context>
    <name>ipcscope::OwnersPage</name>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Click a user&apos;s name, double-click a row or press Enter to show that user&apos;s objects</source>
        <translation>Klicken Sie auf den Namen eines Benutzers, doppelklicken Sie auf eine Zeile oder drücken Sie die Eingabetaste, um seine Objekte zu zeigen</translation>
    </message>
    <message>
        <source>Objects per owner chart</source>
        <translation>Diagramm der Objekte je Eigentümer</translation>
    </message>
    <message>
        <source>Objects per user by verdict. Click a bar, or double-click a row, to see that user&apos;s objects.</source>
        <translation>Objekte je Benutzer nach Urteil. Klicken Sie auf einen Balken oder doppelklicken Sie auf eine Zeile, um die Objekte dieses Benutzers zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namensraum:</translation>
    </message>
    <message>
        <source>Show the owners of this IPC namespace</source>
        <translation>Die Besitzer dieses IPC-Namensraums zeigen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::PlannerChart</name>
    <message>
        <source>Planned load per kernel limit</source>
        <translation>Geplante Last je Kernel-Grenze</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Planned extra</source>
        <translation>Zusätzlich geplant</translation>
    </message>
    <message>
        <source>Room up to the limit</source>
        <translation>Luft bis zur Grenze</translation>
    </message>
    <message>
        <source>Needed beyond the limit</source>
        <translation>Über die Grenze hinaus benötigt</translation>
    </message>
</context>
<context>
    <name>ipcscope::PlannerPage</name>
    <message>
        <source>&amp;Add workload</source>
        <translation>Last &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Planned workloads</source>
        <translation>Geplante Lasten</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>&amp;Export sysctl file…</source>
        <translation>sysctl-Datei &amp;exportieren…</translation>
    </message>
    <message>
        <source>A&amp;pply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <source>&amp;Restore previous values…</source>
        <translation>Vorige Werte &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Result of the last change</source>
        <translation>Ergebnis der letzten Änderung</translation>
    </message>
    <message>
        <source>Add the workloads this host should hold to see what they need.</source>
        <translation>Fügen Sie die Lasten hinzu, die dieser Host tragen soll, um zu sehen, was sie brauchen.</translation>
    </message>
    <message>
        <source>The current limits hold this plan; nothing needs to change.</source>
        <translation>Die aktuellen Grenzen tragen diesen Plan; nichts muss sich ändern.</translation>
    </message>
    <message>
        <source>Connect to the host to apply limits.</source>
        <translation>Verbinden Sie sich mit dem Host, um Grenzen anzuwenden.</translation>
    </message>
    <message>
        <source>Export sysctl file</source>
        <translation>sysctl-Datei exportieren</translation>
    </message>
    <message>
        <source>sysctl files (*.conf)</source>
        <translation>sysctl-Dateien (*.conf)</translation>
    </message>
    <message>
        <source>The file could not be written to %1: %2.</source>
        <translation>Die Datei konnte nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Saved %1. Copy it to /etc/sysctl.d/ and run: sysctl --system</source>
        <translation>%1 gespeichert. Kopieren Sie es nach /etc/sysctl.d/ und führen Sie aus: sysctl --system</translation>
    </message>
    <message>
        <source>On %1, as root (the values are read back; if the kernel refuses one, everything is put back):</source>
        <translation>Auf %1, als root (die Werte werden zurückgelesen; lehnt der Kernel einen ab, wird alles zurückgesetzt):</translation>
    </message>
    <message>
        <source>These lines are set in /etc/sysctl.d/90-ipcscope.conf (its other lines are kept):</source>
        <translation>Diese Zeilen werden in /etc/sysctl.d/90-ipcscope.conf gesetzt (seine anderen Zeilen bleiben):</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Apply kernel limits</source>
        <translation>Kernel-Grenzen anwenden</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Restore previous values</source>
        <translation>Vorige Werte wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the previous values…</source>
        <translation>Die vorigen Werte werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <source>The limits were not changed: %1</source>
        <translation>Die Grenzen wurden nicht geändert: %1</translation>
    </message>
    <message>
        <source>Previous values restored. The kernel now shows:</source>
        <translation>Vorige Werte wiederhergestellt. Der Kernel zeigt jetzt:</translation>
    </message>
    <message>
        <source>Applied. The kernel now shows:</source>
        <translation>Angewendet. Der Kernel zeigt jetzt:</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>On %1, as root, put the runtime values back as they were before the last Apply:</source>
        <translation>Setzen Sie auf %1 als root die Laufzeitwerte zurück, wie sie vor dem letzten Anwenden waren:</translation>
    </message>
    <message>
        <source>The Apply wrote no file, so no file is changed.</source>
        <translation>Das Anwenden hat keine Datei geschrieben, daher wird keine Datei geändert.</translation>
    </message>
    <message>
        <source>%1 did not exist before the Apply: it is removed.</source>
        <translation>%1 gab es vor dem Anwenden nicht: die Datei wird entfernt.</translation>
    </message>
    <message>
        <source>%1 is put back as it was before the Apply:</source>
        <translation>%1 wird zurückgesetzt, wie die Datei vor dem Anwenden war:</translation>
    </message>
    <message>
        <source>Removed %1: there was none before.</source>
        <translation>%1 entfernt: vorher gab es keine.</translation>
    </message>
    <message>
        <source>%1 is used up now: nothing more fits until objects are removed (see the overview and Suggestions) or the limit is raised.</source>
        <translation>%1 ist jetzt ausgeschöpft: nichts passt mehr hinein, bis Objekte entfernt werden (siehe Übersicht und Vorschläge) oder die Grenze erhöht wird.</translation>
    </message>
    <message>
        <source>Plan the limits of the host or of a container</source>
        <translation>Die Limits des Hosts oder eines Containers planen</translation>
    </message>
    <message>
        <source>&amp;Limits of:</source>
        <translation>&amp;Limits von:</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <source>Container %1 (not readable)</source>
        <translation>Container %1 (nicht lesbar)</translation>
    </message>
    <message>
        <source>A container&apos;s limits do not come from a sysctl file: Apply shows how to start the container with them.</source>
        <translation>Die Limits eines Containers kommen nicht aus einer sysctl-Datei: Anwenden zeigt, wie Sie den Container mit ihnen starten.</translation>
    </message>
    <message>
        <source>In the container %1 on %2, as root, inside its IPC namespace (the values are read back; if the kernel refuses one, everything is put back):</source>
        <translation>Im Container %1 auf %2, als root, in seinem IPC-Namespace (die Werte werden zurückgelesen; lehnt der Kernel einen ab, wird alles zurückgesetzt):</translation>
    </message>
    <message>
        <source>In the container %1 on %2, as root, put the runtime values back as they were before the last Apply:</source>
        <translation>Setzen Sie im Container %1 auf %2 als root die Laufzeitwerte zurück, wie sie vor dem letzten Anwenden waren:</translation>
    </message>
    <message>
        <source>Add the workloads this container should hold to see what they need.</source>
        <translation>Fügen Sie die Lasten hinzu, die dieser Container tragen soll, um zu sehen, was sie brauchen.</translation>
    </message>
</context>
<context>
    <name>ipcscope::PosixModel</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Mapped by</source>
        <translation>Eingeblendet von</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Number of processes that map the object</source>
        <translation>Anzahl der Prozesse, die das Objekt einblenden</translation>
    </message>
    <message>
        <source>Time of the last modification (mtime)</source>
        <translation>Zeitpunkt der letzten Änderung (mtime)</translation>
    </message>
    <message>
        <source>/%1 (exact bytes: %2)</source>
        <translation>/%1 (genaue Bytes: %2)</translation>
    </message>
    <message>
        <source>Owner %1 (uid %2), group %3</source>
        <translation>Eigentümer %1 (UID %2), Gruppe %3</translation>
    </message>
</context>
<context>
    <name>ipcscope::PrometheusFleetModel</name>
    <message>
        <source>Prometheus no longer scrapes it; the values are the last it reported.</source>
        <translation>Prometheus fragt ihn nicht mehr ab; die Werte sind die zuletzt gemeldeten.</translation>
    </message>
    <message>
        <source>Prometheus cannot scrape it (up is 0): its node_exporter does not answer.</source>
        <translation>Prometheus kann ihn nicht abfragen (up ist 0): sein node_exporter antwortet nicht.</translation>
    </message>
    <message>
        <source>Its IPC metrics are from %1: the ipcscope-metrics timer on it has stopped or fails.</source>
        <translation>Seine IPC-Metriken sind von %1: der Timer ipcscope-metrics dort steht oder schlägt fehl.</translation>
    </message>
    <message>
        <source>%1 %2 used (%3 of %4)</source>
        <translation>%1 zu %2 belegt (%3 von %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned object(s)</source>
        <translation>
            <numerusform>%n verwaistes Objekt</numerusform>
            <numerusform>%n verwaiste Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>IPC failure in the logs: %1</source>
        <translation>IPC-Fehler in den Logs: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n possibly orphaned object(s) to look at</source>
        <translation>
            <numerusform>%n möglicherweise verwaistes Objekt zum Ansehen</numerusform>
            <numerusform>%n möglicherweise verwaiste Objekte zum Ansehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Highest limit use</source>
        <translation>Höchste Limit-Auslastung</translation>
    </message>
    <message>
        <source>Helper</source>
        <translation>Helfer</translation>
    </message>
    <message>
        <source>Metrics from</source>
        <translation>Metriken von</translation>
    </message>
    <message>
        <source>%1 in Prometheus; opening it connects to %2 over SSH</source>
        <translation>%1 in Prometheus; Öffnen verbindet sich per SSH mit %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 in use</source>
        <translation>%1: %2 von %3 belegt</translation>
    </message>
</context>
<context>
    <name>ipcscope::PrometheusSourceDialog</name>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Prometheus server</source>
        <translation>Prometheus-Server</translation>
    </message>
    <message>
        <source>The All servers page lists every host whose IPC metrics this Prometheus collects (ipcscope-helper metrics through node_exporter, see the user guide).</source>
        <translation>Die Seite „Alle Server“ listet jeden Host, dessen IPC-Metriken dieser Prometheus sammelt (ipcscope-helper metrics über node_exporter, siehe Benutzerhandbuch).</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User and password (basic auth)</source>
        <translation>Benutzer und Passwort (Basic Auth)</translation>
    </message>
    <message>
        <source>Token (bearer)</source>
        <translation>Token (Bearer)</translation>
    </message>
    <message>
        <source>IPC Scope does not store the password or token: it asks for it again after a restart.</source>
        <translation>IPC Scope speichert Passwort und Token nicht: nach einem Neustart wird erneut gefragt.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>A&amp;nmeldung:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Enter the address of the Prometheus server with http:// or https://, for example http://prometheus.example.com:9090.</source>
        <translation>Geben Sie die Adresse des Prometheus-Servers mit http:// oder https:// ein, zum Beispiel http://prometheus.example.com:9090.</translation>
    </message>
    <message>
        <source>Enter the user to log in with.</source>
        <translation>Geben Sie den Benutzer für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the token.</source>
        <translation>Geben Sie das Token ein.</translation>
    </message>
</context>
<context>
    <name>ipcscope::ProposalModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Enough.</source>
        <translation>Genug.</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Gebrauch</translation>
    </message>
    <message>
        <source>Planned extra</source>
        <translation>Zusätzlich geplant</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Full now: nothing more fits. Clean up what was left behind (see the overview and Suggestions), or raise it.</source>
        <translation>Jetzt voll: nichts passt mehr hinein. Räumen Sie Zurückgelassenes auf (siehe Übersicht und Vorschläge), oder erhöhen Sie die Grenze.</translation>
    </message>
</context>
<context>
    <name>ipcscope::ReviewObjectsPage</name>
    <message>
        <source>Each object with its verdict and the reasons for it. Objects in use cannot be chosen unless you switch on &quot;force&quot;.</source>
        <translation>Jedes Objekt mit seinem Urteil und den Gründen dafür. Objekte in Gebrauch können nur gewählt werden, wenn Sie „Erzwingen“ einschalten.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>&amp;Force: also remove objects that are in use</source>
        <translation>&amp;Erzwingen: auch Objekte entfernen, die in Gebrauch sind</translation>
    </message>
    <message>
        <source>In use: switch on &quot;force&quot; to choose it</source>
        <translation>In Gebrauch: schalten Sie „Erzwingen“ ein, um es zu wählen</translation>
    </message>
    <message>
        <source>Remove objects that are in use?</source>
        <translation>Objekte entfernen, die in Gebrauch sind?</translation>
    </message>
    <message>
        <source>These objects are in use:

%1

Removing them can crash or corrupt the programs using them. The helper will skip its in-use checks for the objects you tick; it still refuses an object that was replaced or changed since the snapshot.

Really allow forcing?</source>
        <translation>Diese Objekte sind in Gebrauch:

%1

Sie zu entfernen kann die Programme, die sie nutzen, abstürzen lassen oder ihre Daten beschädigen. Der Helfer überspringt für die angehakten Objekte seine Prüfung auf Gebrauch; ein Objekt, das seit dem Snapshot ersetzt oder geändert wurde, lehnt er weiterhin ab.

Erzwingen wirklich erlauben?</translation>
    </message>
    <message>
        <source>Allow forcing</source>
        <translation>Erzwingen erlauben</translation>
    </message>
    <message>
        <source>Check why each object can go</source>
        <translation>Prüfen, warum jedes Objekt entfernt werden kann</translation>
    </message>
    <message>
        <source>Each object with its verdict and the reasons for it.</source>
        <translation>Jedes Objekt mit seinem Urteil und den Gründen dafür.</translation>
    </message>
</context>
<context>
    <name>ipcscope::SecretDialog</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The server asks for your password.</source>
        <translation>Der Server fragt nach Ihrem Passwort.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>Your SSH key is protected by a passphrase.</source>
        <translation>Ihr SSH-Schlüssel ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Administratorpasswort</translation>
    </message>
    <message>
        <source>Administrator mode runs the helper with sudo, which asks for your password on the server.</source>
        <translation>Der Administratormodus startet den Helfer mit sudo, das auf dem Server nach Ihrem Passwort fragt.</translation>
    </message>
    <message>
        <source>Login question</source>
        <translation>Frage zur Anmeldung</translation>
    </message>
    <message>
        <source>The server asks a question to log you in.</source>
        <translation>Der Server stellt eine Frage, um Sie anzumelden.</translation>
    </message>
    <message>
        <source>IPC Scope does not store it.</source>
        <translation>IPC Scope speichert es nicht.</translation>
    </message>
</context>
<context>
    <name>ipcscope::SemaphoreModel</name>
    <message>
        <source>Semaphores</source>
        <translation>Semaphoren</translation>
    </message>
    <message>
        <source>Last operation</source>
        <translation>Letzte Operation</translation>
    </message>
    <message>
        <source>Number of semaphores in the set (nsems)</source>
        <translation>Anzahl der Semaphoren im Satz (nsems)</translation>
    </message>
    <message>
        <source>Time of the last semop() call (otime)</source>
        <translation>Zeitpunkt des letzten semop()-Aufrufs (otime)</translation>
    </message>
</context>
<context>
    <name>ipcscope::SemaphoreValuesModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 (%2, running)</source>
        <translation>%1 (%2, läuft)</translation>
    </message>
    <message>
        <source>%1 (%2, exited)</source>
        <translation>%1 (%2, beendet)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Processes waiting for the value to increase (semncnt)</source>
        <translation>Prozesse, die warten, bis der Wert steigt (semncnt)</translation>
    </message>
    <message>
        <source>Processes waiting for the value to become zero (semzcnt)</source>
        <translation>Prozesse, die warten, bis der Wert null wird (semzcnt)</translation>
    </message>
    <message>
        <source>The process that did the last operation (sempid)</source>
        <translation>Der Prozess, der die letzte Operation ausgeführt hat (sempid)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Last process</source>
        <translation>Letzter Prozess</translation>
    </message>
    <message>
        <source>Waiting for +</source>
        <translation>Warten auf +</translation>
    </message>
    <message>
        <source>Waiting for 0</source>
        <translation>Warten auf 0</translation>
    </message>
</context>
<context>
    <name>ipcscope::ServiceStarter</name>
    <message>
        <source>%1 is not running</source>
        <translation>%1 läuft nicht</translation>
    </message>
    <message>
        <source>IPC Scope can start it for you, or you can run this on %1 yourself:</source>
        <translation>IPC Scope kann es für Sie starten, oder Sie führen dies selbst auf %1 aus:</translation>
    </message>
    <message>
        <source>This connection cannot change the server (it has no helper), so IPC Scope cannot start it. Run this on %1:</source>
        <translation>Diese Verbindung kann den Server nicht ändern (sie hat keinen Helfer), daher kann IPC Scope ihn nicht starten. Führen Sie dies auf %1 aus:</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Starting %1 …</source>
        <translation>%1 wird gestartet …</translation>
    </message>
    <message>
        <source>systemctl printed nothing.</source>
        <translation>systemctl hat nichts ausgegeben.</translation>
    </message>
    <message>
        <source>Start %1?</source>
        <translation>%1 starten?</translation>
    </message>
    <message>
        <source>IPC Scope will run this command on %1 as the connection&apos;s user (root in administrator mode):

%2

and then check whether %3 is active.</source>
        <translation>IPC Scope führt diesen Befehl auf %1 als Benutzer der Verbindung aus (root im Administratormodus):

%2

und prüft danach, ob %3 aktiv ist.</translation>
    </message>
    <message>
        <source>%1 is running now.</source>
        <translation>%1 läuft jetzt.</translation>
    </message>
    <message>
        <source>systemctl did not finish within 100 seconds, and %1 is not active. Look at its log on the server (journalctl -u %1).</source>
        <translation>systemctl wurde nicht innerhalb von 100 Sekunden fertig, und %1 ist nicht aktiv. Sehen Sie sich sein Protokoll auf dem Server an (journalctl -u %1).</translation>
    </message>
    <message>
        <source>systemctl started %1, but it is not active now (%2). It may have stopped again: look at its log on the server (journalctl -u %1).</source>
        <translation>systemctl hat %1 gestartet, aber es ist jetzt nicht aktiv (%2). Es hat sich womöglich wieder beendet: sehen Sie sich sein Protokoll auf dem Server an (journalctl -u %1).</translation>
    </message>
    <message>
        <source>state unknown</source>
        <translation>Zustand unbekannt</translation>
    </message>
    <message>
        <source>%1 could not be started: systemctl ended with exit code %2. Its output is below.</source>
        <translation>%1 konnte nicht gestartet werden: systemctl endete mit Exit-Code %2. Seine Ausgabe steht unten.</translation>
    </message>
</context>
<context>
    <name>ipcscope::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Every 10 seconds</source>
        <translation>Alle 10 Sekunden</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts-Datei</translation>
    </message>
    <message>
        <source>&amp;Automatic refresh:</source>
        <translation>&amp;Automatisch aktualisieren:</translation>
    </message>
    <message>
        <source>Keep &amp;history for:</source>
        <translation>&amp;Verlauf aufbewahren für:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when IPC Scope starts again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von IPC Scope wirksam.</translation>
    </message>
    <message>
        <source>&amp;known_hosts file:</source>
        <translation>&amp;known_hosts-Datei:</translation>
    </message>
    <message>
        <source> servers at once</source>
        <translation> Server gleichzeitig</translation>
    </message>
    <message>
        <source>How many servers &quot;Refresh all&quot; on the All servers page reads at the same time.</source>
        <translation>Wie viele Server „Alle aktualisieren“ auf der Seite „Alle Server“ gleichzeitig liest.</translation>
    </message>
    <message>
        <source>&amp;Refresh all:</source>
        <translation>&amp;Alle aktualisieren:</translation>
    </message>
</context>
<context>
    <name>ipcscope::SharedMemoryModel</name>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>Creator process</source>
        <translation>Erzeugender Prozess</translation>
    </message>
    <message>
        <source>Last attach</source>
        <translation>Letztes Anhängen</translation>
    </message>
    <message>
        <source>Size of the segment</source>
        <translation>Größe des Segments</translation>
    </message>
    <message>
        <source>Memory of the segment that is resident in RAM (rss)</source>
        <translation>Speicher des Segments, der im RAM liegt (rss)</translation>
    </message>
    <message>
        <source>Number of processes attached (nattch)</source>
        <translation>Anzahl der angehängten Prozesse (nattch)</translation>
    </message>
    <message>
        <source>The process that created the segment (cpid)</source>
        <translation>Der Prozess, der das Segment erzeugt hat (cpid)</translation>
    </message>
    <message>
        <source>Time of the last shmat() call (atime)</source>
        <translation>Zeitpunkt des letzten shmat()-Aufrufs (atime)</translation>
    </message>
    <message>
        <source>Not reported by this kernel</source>
        <translation>Von diesem Kernel nicht gemeldet</translation>
    </message>
</context>
<context>
    <name>ipcscope::ShellCommandsPage</name>
    <message>
        <source>The same removal typed by hand would be these commands. IPC Scope does more: its helper re-checks each object just before removing it.</source>
        <translation>Von Hand getippt wäre dasselbe Entfernen diese Befehle. IPC Scope tut mehr: sein Helfer prüft jedes Objekt unmittelbar vor dem Entfernen erneut.</translation>
    </message>
    <message>
        <source>See what will be done</source>
        <translation>Sehen, was getan wird</translation>
    </message>
</context>
<context>
    <name>ipcscope::SuggestionModel</name>
    <message>
        <source>sysctl</source>
        <translation>sysctl</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clean up first</source>
        <translation>Zuerst aufräumen</translation>
    </message>
    <message>
        <source>After the cleanup %1 is enough; %2 if the same leak recurs.</source>
        <translation>Nach dem Aufräumen genügt %1; %2, falls sich dasselbe Leck wiederholt.</translation>
    </message>
</context>
<context>
    <name>ipcscope::SuggestionsPage</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Suggested kernel limits</source>
        <translation>Vorgeschlagene Kernel-Grenzen</translation>
    </message>
    <message>
        <source>sysctl.d snippet</source>
        <translation>sysctl.d-Ausschnitt</translation>
    </message>
    <message>
        <source>Save sysctl snippet</source>
        <translation>sysctl-Ausschnitt speichern</translation>
    </message>
    <message>
        <source>sysctl files (*.conf)</source>
        <translation>sysctl-Dateien (*.conf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>For /etc/sysctl.d/</source>
        <translation>Für /etc/sysctl.d/</translation>
    </message>
    <message>
        <source>Save this as a file in /etc/sysctl.d/ on the server and run &lt;code&gt;sysctl --system&lt;/code&gt; as root to apply it.</source>
        <translation>Speichern Sie dies als Datei in /etc/sysctl.d/ auf dem Server und führen Sie &lt;code&gt;sysctl --system&lt;/code&gt; als root aus, um es anzuwenden.</translation>
    </message>
    <message>
        <source>The current kernel limits leave enough room for what runs on this host. Nothing to change.</source>
        <translation>Die aktuellen Kernel-Grenzen lassen genug Luft für das, was auf diesem Host läuft. Nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) could be raised. Each row says why.</source>
        <translation>
            <numerusform>%n Grenze könnte erhöht werden. Jede Zeile sagt, warum.</numerusform>
            <numerusform>%n Grenzen könnten erhöht werden. Jede Zeile sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Fix at the root cause&lt;/b&gt;</source>
        <translation>&lt;b&gt;An der Ursache beheben&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No changes suggested.</source>
        <translation>Keine Änderungen vorgeschlagen.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No limit has a better value to suggest, but the overview warns about %1: its findings say what to do.</source>
        <translation>Für keine Grenze gibt es einen besseren Wert, aber die Übersicht warnt vor %1: ihre Befunde sagen, was zu tun ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) are full because of orphaned objects: clean up first. Each row says what is enough afterwards and what the limit should be if the same leak recurs.</source>
        <translation>
            <numerusform>%n Grenze ist wegen verwaister Objekte voll: räumen Sie zuerst auf. Jede Zeile sagt, was danach genügt und wie hoch die Grenze sein sollte, falls sich dasselbe Leck wiederholt.</numerusform>
            <numerusform>%n Grenzen sind wegen verwaister Objekte voll: räumen Sie zuerst auf. Jede Zeile sagt, was danach genügt und wie hoch die Grenze sein sollte, falls sich dasselbe Leck wiederholt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) could be raised, and %1 are full because of orphaned objects (clean up first). Each row says why.</source>
        <translation>
            <numerusform>%n Grenze könnte erhöht werden, und %1 sind wegen verwaister Objekte voll (zuerst aufräumen). Jede Zeile sagt, warum.</numerusform>
            <numerusform>%n Grenzen könnten erhöht werden, und %1 sind wegen verwaister Objekte voll (zuerst aufräumen). Jede Zeile sagt, warum.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file is needed: the cleanup is the change.</source>
        <translation>Keine Datei nötig: das Aufräumen ist die Änderung.</translation>
    </message>
</context>
<context>
    <name>ipcscope::SysvTableModel</name>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Time of creation or the last change of permissions (ctime)</source>
        <translation>Zeitpunkt der Erstellung oder der letzten Rechteänderung (ctime)</translation>
    </message>
    <message>
        <source>Software recognised from the object&apos;s signature</source>
        <translation>Software, die an der Signatur des Objekts erkannt wurde</translation>
    </message>
</context>
<context>
    <name>ipcscope::TestPage</name>
    <message>
        <source>&amp;Test again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Die Verbindung wird getestet</translation>
    </message>
    <message>
        <source>IPC Scope reaches the server, checks its identity, logs in, starts its helper and reads the IPC objects once.</source>
        <translation>IPC Scope erreicht den Server, prüft seine Identität, meldet sich an, startet seinen Helfer und liest die IPC-Objekte einmal.</translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation>Schritte des Verbindungstests</translation>
    </message>
    <message>
        <source>your user</source>
        <translation>Ihr Benutzer</translation>
    </message>
    <message>
        <source>Reach %1</source>
        <translation>%1 erreichen</translation>
    </message>
    <message>
        <source>Verify the server&apos;s host key</source>
        <translation>Den Host-Schlüssel des Servers prüfen</translation>
    </message>
    <message>
        <source>Log in as %1</source>
        <translation>Als %1 anmelden</translation>
    </message>
    <message>
        <source>Start the helper with sudo</source>
        <translation>Den Helfer mit sudo starten</translation>
    </message>
    <message>
        <source>Start the helper</source>
        <translation>Den Helfer starten</translation>
    </message>
    <message>
        <source>Read the IPC objects</source>
        <translation>Die IPC-Objekte lesen</translation>
    </message>
    <message>
        <source>%1 — not tried</source>
        <translation>%1 — nicht versucht</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Read %n IPC object(s) — done</source>
        <translation>
            <numerusform>%n IPC-Objekt gelesen — erledigt</numerusform>
            <numerusform>%n IPC-Objekte gelesen — erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything works.&lt;/b&gt; Click “Add host” to save it.</source>
        <translation>&lt;b&gt;Alles funktioniert.&lt;/b&gt; Klicken Sie auf „Host hinzufügen“, um ihn zu speichern.</translation>
    </message>
    <message>
        <source>The helper could not run there, so the view is reduced.</source>
        <translation>Der Helfer konnte dort nicht laufen, daher ist die Ansicht eingeschränkt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The test failed.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Der Test ist fehlgeschlagen.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>ipcscope::WorkloadEditor</name>
    <message>
        <source>e.g. billing cluster</source>
        <translation>z. B. Abrechnungs-Cluster</translation>
    </message>
    <message>
        <source>9 stands for 9.4–9.6; from 10 on Linux uses POSIX semaphores.</source>
        <translation>9 steht für 9.4–9.6; ab 10 nutzt Linux POSIX-Semaphoren.</translation>
    </message>
    <message>
        <source>Mutex sysvsem (System V semaphores)</source>
        <translation>Mutex sysvsem (System-V-Semaphoren)</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>this host&apos;s</source>
        <translation>dieses Hosts</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source> bytes</source>
        <translation> Bytes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Instances:</source>
        <translation>Instanzen:</translation>
    </message>
    <message>
        <source>Major version:</source>
        <translation>Hauptversion:</translation>
    </message>
    <message>
        <source>MPM:</source>
        <translation>MPM:</translation>
    </message>
    <message>
        <source>Mutexes:</source>
        <translation>Mutexe:</translation>
    </message>
    <message>
        <source>Restarts that leaked their sets:</source>
        <translation>Neustarts, die ihre Sätze verloren haben:</translation>
    </message>
    <message>
        <source>SGA size:</source>
        <translation>SGA-Größe:</translation>
    </message>
    <message>
        <source>RAM:</source>
        <translation>RAM:</translation>
    </message>
    <message>
        <source>Semaphore sets:</source>
        <translation>Semaphorsätze:</translation>
    </message>
    <message>
        <source>Semaphores per set:</source>
        <translation>Semaphoren je Satz:</translation>
    </message>
    <message>
        <source>Shared memory segments:</source>
        <translation>Shared-Memory-Segmente:</translation>
    </message>
    <message>
        <source>Segment size:</source>
        <translation>Segmentgröße:</translation>
    </message>
    <message>
        <source>Message queues:</source>
        <translation>Nachrichtenwarteschlangen:</translation>
    </message>
    <message>
        <source>Bytes per queue:</source>
        <translation>Bytes je Warteschlange:</translation>
    </message>
    <message>
        <source>PostgreSQL 9.x: ceil((max_connections + autovacuum_max_workers + max_worker_processes + 5) / 16) sets of 17 semaphores. From 10 on Linux: POSIX semaphores; one small segment per server.</source>
        <translation>PostgreSQL 9.x: ceil((max_connections + autovacuum_max_workers + max_worker_processes + 5) / 16) Sätze zu 17 Semaphoren. Ab 10 unter Linux: POSIX-Semaphoren; ein kleines Segment je Server.</translation>
    </message>
    <message>
        <source>With Mutex sysvsem: one set of one semaphore per mutex, again after every restart that did not clean up.</source>
        <translation>Mit Mutex sysvsem: ein Satz mit einem Semaphor je Mutex, erneut nach jedem Neustart, der nicht aufgeräumt hat.</translation>
    </message>
    <message>
        <source>SEMMSL ≥ PROCESSES + 10; SEMMNS ≥ sum of PROCESSES with the largest twice + 10 per database; SHMMAX ≥ SGA; minimums 250 32000 100 128.</source>
        <translation>SEMMSL ≥ PROCESSES + 10; SEMMNS ≥ Summe von PROCESSES, die größte doppelt, + 10 je Datenbank; SHMMAX ≥ SGA; Mindestwerte 250 32000 100 128.</translation>
    </message>
    <message>
        <source>Per GB of RAM: 256 semaphore sets, 256 segments, 1024 message queues; SHMMAX = RAM, SHMALL = 2 × RAM.</source>
        <translation>Je GB RAM: 256 Semaphorsätze, 256 Segmente, 1024 Nachrichtenwarteschlangen; SHMMAX = RAM, SHMALL = 2 × RAM.</translation>
    </message>
    <message>
        <source>kernel.sem at least 1250 256000 100 8192.</source>
        <translation>kernel.sem mindestens 1250 256000 100 8192.</translation>
    </message>
    <message>
        <source>Sets × semaphores, segments × size, queues × bytes, per instance.</source>
        <translation>Sätze × Semaphoren, Segmente × Größe, Warteschlangen × Bytes, je Instanz.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See, understand and safely clean up Linux IPC objects.</source>
        <translation>Linux-IPC-Objekte ansehen, verstehen und sicher aufräumen.</translation>
    </message>
    <message>
        <source>Start on a page: overview, objects, owners, history or suggestions.</source>
        <translation>Auf einer Seite starten: overview, objects, owners, history oder suggestions.</translation>
    </message>
    <message>
        <source>Open the Add host wizard.</source>
        <translation>Den Assistenten „Host hinzufügen“ öffnen.</translation>
    </message>
</context>
</TS>
