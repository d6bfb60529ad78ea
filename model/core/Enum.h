// SPDX-License-Identifier: MIT
#pragma once
// One table per enum gives its file key (written to XML) and its label (shown to
// users). Parsing, printing and "expected one of" messages all come from it, so a
// new value is added in exactly one place.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace certplan {

template <class E>
struct EnumEntry {
    E value;
    std::string_view key;
    std::string_view label;
};

// Specialised once per enum in Enums.cpp.
template <class E>
std::span<const EnumEntry<E>> enumEntries();

template <class E>
std::string_view enumKey(E v)
{
    for (const auto& e : enumEntries<E>())
        if (e.value == v)
            return e.key;
    return "?";
}

template <class E>
std::string_view enumLabel(E v)
{
    for (const auto& e : enumEntries<E>())
        if (e.value == v)
            return e.label;
    return "?";
}

template <class E>
std::optional<E> parseEnum(std::string_view key)
{
    for (const auto& e : enumEntries<E>())
        if (e.key == key)
            return e.value;
    return std::nullopt;
}

// "FS, SS, FF or SF": for error messages.
template <class E>
std::string enumKeyList()
{
    std::string out;
    const auto entries = enumEntries<E>();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out += (i + 1 == entries.size()) ? " or " : ", ";
        out += entries[i].key;
    }
    return out;
}

} // namespace certplan
