// SPDX-License-Identifier: MIT
#pragma once
// Internal to the reader: typed access to attributes and child text, each
// failure turned into a LoadIssue positioned at the offending element or
// attribute. The document is parsed in place from our own buffer, so every
// name and value pointer gives its byte offset in the file.

#include "core/Date.h"
#include "core/Enum.h"
#include "core/FieldLimits.h"
#include "io/LoadIssue.h"

#include <pugixml.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace certplan::io {

// Thrown inside the reader only; readPlan turns it into the error result.
struct LoadFailure {
    LoadIssue issue;
};

class XmlContext {
public:
    // original: the file's bytes, for line/column; parseBase: the buffer pugixml
    // parsed in place (same offsets, but with terminators written into it).
    XmlContext(std::string file, std::string_view original, const char* parseBase)
        : m_file(std::move(file)), m_buffer(original), m_base(parseBase)
    {
    }

    const std::string& file() const { return m_file; }
    std::string_view text() const { return m_buffer; } // the file's bytes
    std::vector<LoadIssue>& warnings() { return m_warnings; }

    TextPosition positionAt(std::size_t offset) const { return certplan::positionOf(m_buffer, offset); }
    TextPosition positionOf(const pugi::xml_node& n) const;
    TextPosition positionOf(const pugi::xml_attribute& a) const;
    // A character inside an attribute's value (an item of a list), else the attribute.
    TextPosition positionInValue(const pugi::xml_attribute& a, std::size_t offset) const;

    [[noreturn]] void fail(LoadIssue::Code code, TextPosition pos, std::string message) const;
    [[noreturn]] void fail(LoadIssue::Code code, const pugi::xml_node& n, std::string message) const;
    [[noreturn]] void fail(LoadIssue::Code code, const pugi::xml_attribute& a, std::string message) const;
    void warn(LoadIssue::Code code, TextPosition pos, std::string message);

    // Warn about attributes and child elements this version does not read.
    void checkKnown(const pugi::xml_node& n, std::initializer_list<std::string_view> attributes,
                    std::initializer_list<std::string_view> children = {});

    std::string required(const pugi::xml_node& n, const char* attr, std::string_view what);
    std::string optional(const pugi::xml_node& n, const char* attr, std::string def = {});
    std::string text(const pugi::xml_node& n, const char* child); // child element's text, "" if absent
    // Numbers, dates and booleans are read in their XSD type's lexical form
    // (see the XSD's simple types), after dropping the blanks around the value
    // that XML Schema drops too (space, tab, CR, LF), and must lie inside the
    // field's limits (core/FieldLimits.h). Whatever is wrong, the refusal says
    // '<task id="a"> has duration="x"; ' followed by the limit's sentence.
    //   whole numbers: [+-]?[0-9]+      decimals: [+-]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][+-]?[0-9]+)?
    //   dates: [0-9]{4}-[0-9]{2}-[0-9]{2}, a real day in the date range
    //   booleans: true, false, 1, 0
    int integer(const pugi::xml_node& n, const char* attr, int def, const limits::WholeNumber& limit);
    bool boolean(const pugi::xml_node& n, const char* attr, bool def);
    double number(const pugi::xml_node& n, const char* attr, double def, const limits::DecimalNumber& limit);
    OptDate date(const pugi::xml_node& n, const char* attr);
    Date requiredDate(const pugi::xml_node& n, const char* attr, std::string_view what);

    // The value of a whole number in the lexical form above, saturated at
    // ±kSaturated (far beyond any limit) when it has too many digits; nullopt
    // when not that form.
    static constexpr long long kSaturated = 1'000'000'000'000'000LL;
    static std::optional<long long> wholeNumber(std::string_view text);
    // text without the blanks XML Schema drops around such values.
    static std::string_view trimmed(std::string_view text);

    template <class E>
    E enumeration(const pugi::xml_node& n, const char* attr, E def, std::string_view what)
    {
        const pugi::xml_attribute a = n.attribute(attr);
        if (!a)
            return def;
        if (auto v = parseEnum<E>(a.value()))
            return *v;
        fail(LoadIssue::Code::InvalidValue, a,
             "unknown " + std::string(what) + " '" + a.value() + "' (expected " + enumKeyList<E>() + ")");
    }

    // "<task id="t3">" style label for messages.
    static std::string describe(const pugi::xml_node& n);

private:
    std::string m_file;
    std::string_view m_buffer;
    const char* m_base;
    std::vector<LoadIssue> m_warnings;
};

} // namespace certplan::io
