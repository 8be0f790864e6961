# SPDX-License-Identifier: GPL-3.0-or-later
# The helper for each server architecture IPC Scope supports (x86_64, aarch64, ppc64le, s390x):
# the native build above is one of them, the others are built here with Debian's cross compilers
# (g++-aarch64-linux-gnu, g++-powerpc64le-linux-gnu, g++-s390x-linux-gnu; scripts/deps.sh).
# Each is an ExternalProject of this directory: its own configure and build, static and -O2, a
# target of its own that runs in parallel with the main build (nothing in the main build waits for
# it except the two programs that ship it). A missing cross compiler leaves that architecture out:
# said at configure time, recorded for the About box (IPCSCOPE_HELPER_ARCHITECTURES_*) and such
# servers are read agentless.
#
# Result (global properties read by backend/transport):
#   IPCSCOPE_HELPER_ARCHITECTURES           the architectures whose helper this build has
#   IPCSCOPE_HELPER_ARCHITECTURES_LEFT_OUT  the supported ones it lacks
#   IPCSCOPE_CROSS_HELPER_TARGETS           the ExternalProject targets
include(ExternalProject)

option(IPCSCOPE_CROSS_HELPERS "Cross-compile the helper for the other server architectures" ON)

# Architecture (as uname -m names it) and the Debian cross triplet.
set(ipcscope_helper_archs x86_64 aarch64 ppc64le s390x)
set(ipcscope_triplet_x86_64 x86_64-linux-gnu)
set(ipcscope_triplet_aarch64 aarch64-linux-gnu)
set(ipcscope_triplet_ppc64le powerpc64le-linux-gnu)
set(ipcscope_triplet_s390x s390x-linux-gnu)

set(built ${CMAKE_SYSTEM_PROCESSOR})
set(left_out "")
set(no_compiler "")
set(targets "")
foreach(arch IN LISTS ipcscope_helper_archs)
    if(arch STREQUAL CMAKE_SYSTEM_PROCESSOR)
        continue() # the native helper above
    endif()
    if(NOT IPCSCOPE_CROSS_HELPERS OR IPCSCOPE_FUZZ)
        list(APPEND left_out ${arch})
        continue()
    endif()
    set(triplet ${ipcscope_triplet_${arch}})
    find_program(IPCSCOPE_CXX_${arch} NAMES ${triplet}-g++ ${triplet}-g++-12
                 DOC "C++ cross compiler for the ${arch} helper")
    if(NOT IPCSCOPE_CXX_${arch})
        string(REPLACE "_" "-" package "g++-${triplet}") # g++-x86-64-linux-gnu
        list(APPEND left_out ${arch})
        list(APPEND no_compiler ${arch})
        message(STATUS "No ${arch} helper: the cross compiler ${triplet}-g++ is missing "
                       "(Debian package ${package}); ${arch} servers will be read agentless")
        continue()
    endif()
    set(compiler ${IPCSCOPE_CXX_${arch}})
    set(toolchain ${CMAKE_CURRENT_BINARY_DIR}/cross/toolchain-${arch}.cmake)
    configure_file(${CMAKE_CURRENT_SOURCE_DIR}/cross-toolchain.cmake.in ${toolchain} @ONLY)
    set(launcher "")
    if(CMAKE_CXX_COMPILER_LAUNCHER)
        set(launcher "-DCMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}")
    endif()
    set(output ${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/ipcscope-helper-${arch})
    ExternalProject_Add(ipcscope-helper-${arch}
        SOURCE_DIR ${CMAKE_CURRENT_SOURCE_DIR}
        BINARY_DIR ${CMAKE_CURRENT_BINARY_DIR}/cross/${arch}
        PREFIX ${CMAKE_CURRENT_BINARY_DIR}/cross/${arch}-ep
        CMAKE_GENERATOR ${CMAKE_GENERATOR}
        CMAKE_ARGS -DCMAKE_TOOLCHAIN_FILE=${toolchain}
                   -DCMAKE_BUILD_TYPE=Release
                   "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG"
                   -DCMAKE_RUNTIME_OUTPUT_DIRECTORY=${CMAKE_RUNTIME_OUTPUT_DIRECTORY}
                   -DIPCSCOPE_HELPER_ARCH=${arch}
                   -DIPCSCOPE_VERSION=${PROJECT_VERSION}
                   ${launcher}
        # One compiler at a time inside: the outer build's -jN counts each cross build as one
        # job, so they share the cores with the main build instead of taking more.
        BUILD_COMMAND ${CMAKE_COMMAND} --build <BINARY_DIR> -j1
        # The outer build cannot see the sources' changes; the inner one decides (a no-op when
        # nothing changed).
        BUILD_ALWAYS ON
        BUILD_BYPRODUCTS ${output}
        INSTALL_COMMAND ""
        LOG_CONFIGURE ON
        LOG_OUTPUT_ON_FAILURE ON)
    install(PROGRAMS ${output} DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/ipcscope)
    list(APPEND built ${arch})
    list(APPEND targets ipcscope-helper-${arch})
endforeach()

list(JOIN built ", " built_text)
message(STATUS "Server helpers built: ${built_text}")
if(no_compiler)
    list(JOIN no_compiler ", " left_text)
    message(WARNING "No helper for ${left_text} in this build: servers of that architecture "
                    "get the reduced agentless read. Install the cross compilers with "
                    "scripts/deps.sh.")
endif()
set_property(GLOBAL PROPERTY IPCSCOPE_HELPER_ARCHITECTURES ${built})
set_property(GLOBAL PROPERTY IPCSCOPE_HELPER_ARCHITECTURES_LEFT_OUT ${left_out})
set_property(GLOBAL PROPERTY IPCSCOPE_CROSS_HELPER_TARGETS ${targets})
