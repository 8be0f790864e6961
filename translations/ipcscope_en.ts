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
    <message numerus="yes">
        <source>%1 page(s)</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Analysis</name>
    <message numerus="yes">
        <source>set(s)</source>
        <translation>
            <numerusform>set</numerusform>
            <numerusform>sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>semaphore(s)</source>
        <translation>
            <numerusform>semaphore</numerusform>
            <numerusform>semaphores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>segment(s)</source>
        <translation>
            <numerusform>segment</numerusform>
            <numerusform>segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page(s)</source>
        <translation>
            <numerusform>page</numerusform>
            <numerusform>pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>byte(s)</source>
        <translation>
            <numerusform>byte</numerusform>
            <numerusform>bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>queue(s)</source>
        <translation>
            <numerusform>queue</numerusform>
            <numerusform>queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>message(s)</source>
        <translation>
            <numerusform>message</numerusform>
            <numerusform>messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n semaphore set(s)</source>
        <translation>
            <numerusform>%n semaphore set</numerusform>
            <numerusform>%n semaphore sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared memory segment(s)</source>
        <translation>
            <numerusform>%n shared memory segment</numerusform>
            <numerusform>%n shared memory segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message queue(s)</source>
        <translation>
            <numerusform>%n message queue</numerusform>
            <numerusform>%n message queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX shared memory object(s)</source>
        <translation>
            <numerusform>%n POSIX shared memory object</numerusform>
            <numerusform>%n POSIX shared memory objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX semaphore(s)</source>
        <translation>
            <numerusform>%n POSIX semaphore</numerusform>
            <numerusform>%n POSIX semaphores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n POSIX message queue(s)</source>
        <translation>
            <numerusform>%n POSIX message queue</numerusform>
            <numerusform>%n POSIX message queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kernel limit(s) should be raised</source>
        <translation>
            <numerusform>%n kernel limit should be raised</numerusform>
            <numerusform>%n kernel limits should be raised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) that used it are still running</source>
        <translation>
            <numerusform>%n more process that used it is still running</numerusform>
            <numerusform>%n more processes that used it are still running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more process(es) that used it exited or were replaced</source>
        <translation>
            <numerusform>%n more process that used it exited or was replaced</numerusform>
            <numerusform>%n more processes that used it exited or were replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1; %2 could be %3 and might map it</source>
        <translation>
            <numerusform>%n process could not be checked: %1; %2 could be %3 and might map it</numerusform>
            <numerusform>%n processes could not be checked: %1; %2 could be %3 and might map it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1; %2 might map it</source>
        <translation>
            <numerusform>%n process could not be checked: %1; %2 might map it</numerusform>
            <numerusform>%n processes could not be checked: %1; %2 might map it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1; none of them can be %2</source>
        <translation>
            <numerusform>%n process could not be checked: %1; none of them can be %2</numerusform>
            <numerusform>%n processes could not be checked: %1; none of them can be %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) could not be checked: %1</source>
        <translation>
            <numerusform>%n process could not be checked: %1</numerusform>
            <numerusform>%n processes could not be checked: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>user %1 still runs %n process(es) that might use it</source>
        <translation>
            <numerusform>user %1 still runs %n process that might use it</numerusform>
            <numerusform>user %1 still runs %n processes that might use it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its creator %1 still runs %n process(es) that might use it</source>
        <translation>
            <numerusform>its creator %1 still runs %n process that might use it</numerusform>
            <numerusform>its creator %1 still runs %n processes that might use it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) waiting on this set</source>
        <translation>
            <numerusform>%n process waiting on this set</numerusform>
            <numerusform>%n processes waiting on this set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) attached</source>
        <translation>
            <numerusform>%n process attached</numerusform>
            <numerusform>%n processes attached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) waiting to be read (%1)</source>
        <translation>
            <numerusform>%n message waiting to be read (%1)</numerusform>
            <numerusform>%n messages waiting to be read (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) could not be read: their objects and limits are not shown</source>
        <translation>
            <numerusform>%n container could not be read: its objects and limits are not shown</numerusform>
            <numerusform>%n containers could not be read: their objects and limits are not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) could not be read: run as root (e.g. with --sudo) to see their objects and limits</source>
        <translation>
            <numerusform>%n container could not be read: run as root (e.g. with --sudo) to see its objects and limits</numerusform>
            <numerusform>%n containers could not be read: run as root (e.g. with --sudo) to see their objects and limits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Cleanup</name>
    <message numerus="yes">
        <source>Re-checking and removing %n object(s)…</source>
        <translation>
            <numerusform>Re-checking and removing %n object…</numerusform>
            <numerusform>Re-checking and removing %n objects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Cli</name>
    <message numerus="yes">
        <source>%n object(s) to remove on %1:
</source>
        <translation>
            <numerusform>%n object to remove on %1:
</numerusform>
            <numerusform>%n objects to remove on %1:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left out:
</source>
        <translation>
            <numerusform>%n object left out:
</numerusform>
            <numerusform>%n objects left out:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned semaphore set(s)</source>
        <translation>
            <numerusform>%n orphaned semaphore set</numerusform>
            <numerusform>%n orphaned semaphore sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned shared memory segment(s)</source>
        <translation>
            <numerusform>%n orphaned shared memory segment</numerusform>
            <numerusform>%n orphaned shared memory segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned message queue(s)</source>
        <translation>
            <numerusform>%n orphaned message queue</numerusform>
            <numerusform>%n orphaned message queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX shared memory object(s)</source>
        <translation>
            <numerusform>%n orphaned POSIX shared memory object</numerusform>
            <numerusform>%n orphaned POSIX shared memory objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX semaphore(s)</source>
        <translation>
            <numerusform>%n orphaned POSIX semaphore</numerusform>
            <numerusform>%n orphaned POSIX semaphores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX message queue(s)</source>
        <translation>
            <numerusform>%n orphaned POSIX message queue</numerusform>
            <numerusform>%n orphaned POSIX message queues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned semaphore set(s) of %1</source>
        <translation>
            <numerusform>%n orphaned semaphore set of %1</numerusform>
            <numerusform>%n orphaned semaphore sets of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned shared memory segment(s) of %1</source>
        <translation>
            <numerusform>%n orphaned shared memory segment of %1</numerusform>
            <numerusform>%n orphaned shared memory segments of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned message queue(s) of %1</source>
        <translation>
            <numerusform>%n orphaned message queue of %1</numerusform>
            <numerusform>%n orphaned message queues of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX shared memory object(s) of %1</source>
        <translation>
            <numerusform>%n orphaned POSIX shared memory object of %1</numerusform>
            <numerusform>%n orphaned POSIX shared memory objects of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX semaphore(s) of %1</source>
        <translation>
            <numerusform>%n orphaned POSIX semaphore of %1</numerusform>
            <numerusform>%n orphaned POSIX semaphores of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned POSIX message queue(s) of %1</source>
        <translation>
            <numerusform>%n orphaned POSIX message queue of %1</numerusform>
            <numerusform>%n orphaned POSIX message queues of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s): %1</source>
        <translation>
            <numerusform>%n host: %1</numerusform>
            <numerusform>%n hosts: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The container %1 has %n orphaned object(s) too: run again with --namespace %2 to clean up there.
</source>
        <translation>
            <numerusform>The container %1 has %n orphaned object too: run again with --namespace %2 to clean up there.
</numerusform>
            <numerusform>The container %1 has %n orphaned objects too: run again with --namespace %2 to clean up there.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Diagnosis</name>
    <message numerus="yes">
        <source>%n orphaned set(s) of %1 can be cleaned up</source>
        <translation>
            <numerusform>%n orphaned set of %1 can be cleaned up</numerusform>
            <numerusform>%n orphaned sets of %1 can be cleaned up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned segment(s) of %1 can be cleaned up</source>
        <translation>
            <numerusform>%n orphaned segment of %1 can be cleaned up</numerusform>
            <numerusform>%n orphaned segments of %1 can be cleaned up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned set(s) of programs that have exited can be cleaned up</source>
        <translation>
            <numerusform>%n orphaned set of programs that have exited can be cleaned up</numerusform>
            <numerusform>%n orphaned sets of programs that have exited can be cleaned up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned segment(s) of programs that have exited can be cleaned up</source>
        <translation>
            <numerusform>%n orphaned segment of programs that have exited can be cleaned up</numerusform>
            <numerusform>%n orphaned segments of programs that have exited can be cleaned up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly orphaned (a person should look)</source>
        <translation>
            <numerusform>%n possibly orphaned (a person should look)</numerusform>
            <numerusform>%n possibly orphaned (a person should look)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in use</source>
        <translation>
            <numerusform>%n in use</numerusform>
            <numerusform>%n in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not judged (IPC Scope could not see enough)</source>
        <translation>
            <numerusform>%n not judged (IPC Scope could not see enough)</numerusform>
            <numerusform>%n not judged (IPC Scope could not see enough)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n semaphore set(s) the kernel allows (SEMMNI) are taken</source>
        <translation>
            <numerusform>the %n semaphore set the kernel allows (SEMMNI) is taken</numerusform>
            <numerusform>all %n semaphore sets the kernel allows (SEMMNI) are taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n semaphore(s) the kernel allows in total (SEMMNS) are taken</source>
        <translation>
            <numerusform>the %n semaphore the kernel allows in total (SEMMNS) is taken</numerusform>
            <numerusform>all %n semaphores the kernel allows in total (SEMMNS) are taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n shared-memory segment(s) the kernel allows (SHMMNI) are taken</source>
        <translation>
            <numerusform>the %n shared-memory segment the kernel allows (SHMMNI) is taken</numerusform>
            <numerusform>all %n shared-memory segments the kernel allows (SHMMNI) are taken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the shared memory the kernel allows in total (SHMALL, %n page(s)) is used up</source>
        <translation>
            <numerusform>the shared memory the kernel allows in total (SHMALL, %n page) is used up</numerusform>
            <numerusform>the shared memory the kernel allows in total (SHMALL, %n pages) is used up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(seen %n time(s) in the logs)</source>
        <translation>
            <numerusform>(seen %n time in the logs)</numerusform>
            <numerusform>(seen %n times in the logs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaning up the %n object(s) left behind frees the room; then start the program again.</source>
        <translation>
            <numerusform>Cleaning up the %n object left behind frees the room; then start the program again.</numerusform>
            <numerusform>Cleaning up the %n objects left behind frees the room; then start the program again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left behind still take room; cleaning them up makes it less likely to happen again.</source>
        <translation>
            <numerusform>%n object left behind still takes room; cleaning it up makes it less likely to happen again.</numerusform>
            <numerusform>%n objects left behind still take room; cleaning them up makes it less likely to happen again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s) are not in use by a running program.</source>
        <translation>
            <numerusform>%1 of %n object is not in use by a running program.</numerusform>
            <numerusform>%1 of %n objects are not in use by a running program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) may have been left behind (possibly orphaned: their owner still runs other programs). Check them and clean up those that are leftovers; raise %1 only if they are in use (see the suggestions).</source>
        <translation>
            <numerusform>%n object may have been left behind (possibly orphaned: its owner still runs other programs). Check it and clean it up if it is a leftover; raise %1 only if it is in use (see the suggestions).</numerusform>
            <numerusform>%n objects may have been left behind (possibly orphaned: their owner still runs other programs). Check them and clean up those that are leftovers; raise %1 only if they are in use (see the suggestions).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Planner</name>
    <message numerus="yes">
        <source>PostgreSQL keeps one small System V segment per server: %n segment(s).</source>
        <translation>
            <numerusform>PostgreSQL keeps one small System V segment per server: %n segment.</numerusform>
            <numerusform>PostgreSQL keeps one small System V segment per server: %n segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The small segment of each PostgreSQL server takes one page: %n page(s).</source>
        <translation>
            <numerusform>The small segment of each PostgreSQL server takes one page: %n page.</numerusform>
            <numerusform>The small segment of each PostgreSQL server takes one page: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n instance(s))</source>
        <translation>
            <numerusform>%1 (%n instance)</numerusform>
            <numerusform>%1 (%n instances)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Ssh</name>
    <message numerus="yes">
        <source>The connection to %1 timed out after %n second(s). Check the address and the network, or allow more time in the connection settings.</source>
        <translation>
            <numerusform>The connection to %1 timed out after %n second. Check the address and the network, or allow more time in the connection settings.</numerusform>
            <numerusform>The connection to %1 timed out after %n seconds. Check the address and the network, or allow more time in the connection settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IpcScope::Transport</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The helper did not finish within %n second(s) and was stopped. The machine may be very busy; try again.</source>
        <translation>
            <numerusform>The helper did not finish within %n second and was stopped. The machine may be very busy; try again.</numerusform>
            <numerusform>The helper did not finish within %n seconds and was stopped. The machine may be very busy; try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::ChooseObjectsPage</name>
    <message numerus="yes">
        <source>%n object(s) in use by running programs are not offered, so the programs keep working.</source>
        <translation>
            <numerusform>%n object in use by running programs is not offered, so the programs keep working.</numerusform>
            <numerusform>%n objects in use by running programs are not offered, so the programs keep working.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) that could not be judged stay too.</source>
        <translation>
            <numerusform>%n object that could not be judged stays too.</numerusform>
            <numerusform>%n objects that could not be judged stay too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::CleanupResultsPage</name>
    <message numerus="yes">
        <source>%n object(s) removed.</source>
        <translation>
            <numerusform>%n object removed.</numerusform>
            <numerusform>%n objects removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) kept: just before removing, the helper found that something uses them or that they changed.</source>
        <translation>
            <numerusform>%n object kept: just before removing, the helper found that something uses it or that it changed.</numerusform>
            <numerusform>%n objects kept: just before removing, the helper found that something uses them or that they changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) could not be removed.</source>
        <translation>
            <numerusform>%n object could not be removed.</numerusform>
            <numerusform>%n objects could not be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the host again shows %n of them gone.</source>
        <translation>
            <numerusform>Reading the host again shows %n of them gone.</numerusform>
            <numerusform>Reading the host again shows %n of them gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) were already gone: removed since the snapshot was taken.</source>
        <translation>
            <numerusform>%n object was already gone: removed since the snapshot was taken.</numerusform>
            <numerusform>%n objects were already gone: removed since the snapshot was taken.</numerusform>
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
    <message numerus="yes">
        <source>%n object(s) will be removed in %1.</source>
        <translation>
            <numerusform>%n object will be removed in %1.</numerusform>
            <numerusform>%n objects will be removed in %1.</numerusform>
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
    <message numerus="yes">
        <source>Clean up %n object(s)…</source>
        <translation>
            <numerusform>Clean up %n object…</numerusform>
            <numerusform>Clean up %n objects…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::FleetModel</name>
    <message numerus="yes">
        <source>%n orphaned object(s)</source>
        <translation>
            <numerusform>%n orphaned object</numerusform>
            <numerusform>%n orphaned objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::FleetPage</name>
    <message numerus="yes">
        <source>Reads every server, at most %n at once (Settings).</source>
        <translation>
            <numerusform>Reads every server, at most %n at once (Settings).</numerusform>
            <numerusform>Reads every server, at most %n at once (Settings).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s)</source>
        <translation>
            <numerusform>%1 of %n server</numerusform>
            <numerusform>%1 of %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) shown</source>
        <translation>
            <numerusform>%1 of %n server shown</numerusform>
            <numerusform>%1 of %n servers shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a limit critical</source>
        <translation>
            <numerusform>%n with a limit critical</numerusform>
            <numerusform>%n with a limit critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with orphans or warnings</source>
        <translation>
            <numerusform>%n with orphans or warnings</numerusform>
            <numerusform>%n with orphans or warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
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
    <name>ipcscope::HostActions</name>
    <message numerus="yes">
        <source>%n of the objects to clean up belong to other users. %1 is connected as %2 without administrator mode, so the server would refuse to remove them.

Reconnect in administrator mode (sudo) first? sudo may ask for your password on the server.</source>
        <translation>
            <numerusform>%n of the objects to clean up belongs to another user. %1 is connected as %2 without administrator mode, so the server would refuse to remove it.

Reconnect in administrator mode (sudo) first? sudo may ask for your password on the server.</numerusform>
            <numerusform>%n of the objects to clean up belong to other users. %1 is connected as %2 without administrator mode, so the server would refuse to remove them.

Reconnect in administrator mode (sudo) first? sudo may ask for your password on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::ImportDialog</name>
    <message numerus="yes">
        <source>%n server(s) found</source>
        <translation>
            <numerusform>%n server found</numerusform>
            <numerusform>%n servers found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::LimitModel</name>
    <message numerus="yes">
        <source>%1 page(s) of %2</source>
        <translation>
            <numerusform>%1 page of %2</numerusform>
            <numerusform>%1 pages of %2</numerusform>
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
        <source>Clean up %n selected…</source>
        <translation>
            <numerusform>Clean up %n selected…</numerusform>
            <numerusform>Clean up %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Container %1 (%n object(s))</source>
        <translation>
            <numerusform>Container %1 (%n object)</numerusform>
            <numerusform>Container %1 (%n objects)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n object(s) of the finding: %1</source>
        <translation>
            <numerusform>The %n object of the finding: %1</numerusform>
            <numerusform>The %n objects of the finding: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the finding&apos;s %n object(s) is left: %1</source>
        <translation>
            <numerusform>The finding&apos;s %n object is gone: %1</numerusform>
            <numerusform>None of the finding&apos;s %n objects is left: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still here: %1 of the finding&apos;s %n object(s), the others are gone. %2</source>
        <translation>
            <numerusform>Still here: %1 of the finding&apos;s %n object, the others are gone. %2</numerusform>
            <numerusform>Still here: %1 of the finding&apos;s %n objects, the others are gone. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Host (%n object(s))</source>
        <translation>
            <numerusform>Host (%n object)</numerusform>
            <numerusform>Host (%n objects)</numerusform>
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
    <message numerus="yes">
        <source>Clean up %n object(s)…</source>
        <translation>
            <numerusform>Clean up %n object…</numerusform>
            <numerusform>Clean up %n objects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n container(s) hold %1 more, on the Objects page.</source>
        <translation>
            <numerusform>The %n container holds %1 more, on the Objects page.</numerusform>
            <numerusform>The %n containers hold %1 more, on the Objects page.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ipcscope::PrometheusFleetModel</name>
    <message numerus="yes">
        <source>%n orphaned object(s)</source>
        <translation>
            <numerusform>%n orphaned object</numerusform>
            <numerusform>%n orphaned objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly orphaned object(s) to look at</source>
        <translation>
            <numerusform>%n possibly orphaned object to look at</numerusform>
            <numerusform>%n possibly orphaned objects to look at</numerusform>
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
    <message numerus="yes">
        <source>%n limit(s) are full because of orphaned objects: clean up first. Each row says what is enough afterwards and what the limit should be if the same leak recurs.</source>
        <translation>
            <numerusform>%n limit is full because of orphaned objects: clean up first. Each row says what is enough afterwards and what the limit should be if the same leak recurs.</numerusform>
            <numerusform>%n limits are full because of orphaned objects: clean up first. Each row says what is enough afterwards and what the limit should be if the same leak recurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) could be raised, and %1 are full because of orphaned objects (clean up first). Each row says why.</source>
        <translation>
            <numerusform>%n limit could be raised, and %1 are full because of orphaned objects (clean up first). Each row says why.</numerusform>
            <numerusform>%n limits could be raised, and %1 are full because of orphaned objects (clean up first). Each row says why.</numerusform>
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
