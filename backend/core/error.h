// SPDX-License-Identifier: GPL-3.0-or-later
// Errors as sentences for people, with the technical detail kept one click away.
#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

namespace ipcscope {

struct Error {
    enum class Kind {
        Generic,
        Cancelled,
        Timeout,
        HostNotFound,
        ConnectionRefused,
        ConnectionLost,
        HostKeyUnknown, // and the person declined
        HostKeyChanged,
        AuthenticationFailed,
        PermissionDenied,
        NotSupported, // e.g. a non-Linux server
        HelperFailed, // the helper ran and failed, or could not be started
        BadData,      // malformed, truncated or unknown-version JSON
    };
    Kind kind = Kind::Generic;
    QString message; // translated, says what happened and what to do next
    QString detail;  // technical detail (errno text, libssh message, stderr), not translated
};

// A value or an Error. Small on purpose: std::expected is C++23.
template <typename T>
class Result {
public:
    Result(T value)
        : m_data(std::move(value)) {}
    Result(Error error)
        : m_data(std::move(error)) {}
    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace ipcscope

Q_DECLARE_METATYPE(ipcscope::Error)
