// SPDX-License-Identifier: MIT
#include "io/XmlContext.h"

#include <charconv>
#include <cmath>
#include <unordered_set>

namespace certplan::io {

TextPosition XmlContext::positionOf(const pugi::xml_node& n) const
{
    const std::ptrdiff_t off = n.offset_debug();
    if (off < 0)
        return {};
    // offset_debug points at the name; editors expect the '<'.
    return positionAt(static_cast<std::size_t>(off > 0 ? off - 1 : off));
}

TextPosition XmlContext::positionOf(const pugi::xml_attribute& a) const
{
    const char* name = a.name();
    if (name >= m_base && name < m_base + m_buffer.size())
        return positionAt(static_cast<std::size_t>(name - m_base));
    return {};
}

void XmlContext::fail(LoadIssue::Code code, TextPosition pos, std::string message) const
{
    throw LoadFailure{LoadIssue{code, m_file, pos, std::move(message)}};
}

void XmlContext::fail(LoadIssue::Code code, const pugi::xml_node& n, std::string message) const
{
    fail(code, positionOf(n), std::move(message));
}

void XmlContext::fail(LoadIssue::Code code, const pugi::xml_attribute& a, std::string message) const
{
    fail(code, positionOf(a), std::move(message));
}

void XmlContext::warn(LoadIssue::Code code, TextPosition pos, std::string message)
{
    m_warnings.push_back(LoadIssue{code, m_file, pos, std::move(message)});
}

void XmlContext::checkKnown(const pugi::xml_node& n, std::initializer_list<std::string_view> attributes,
                            std::initializer_list<std::string_view> children)
{
    // Positions of warnings walk forward from the previous one instead of from
    // the start of the file, and duplicates are found with a set of names once
    // an element has many attributes: an element with 100,000 attributes costs
    // about 100,000 steps, not 100,000 squared.
    struct Cursor {
        std::size_t offset = 0;
        TextPosition pos;
        bool valid = false;
    } cursor;
    auto positionAtOffset = [&](std::size_t offset) {
        if (cursor.valid && offset >= cursor.offset && offset <= m_buffer.size()) {
            const std::string_view span = m_buffer.substr(cursor.offset);
            // The span starts at a name or a '<'; a byte order mark there would be counted differently.
            if (!span.starts_with("\xEF\xBB\xBF")) {
                const TextPosition d = certplan::positionOf(span, offset - cursor.offset);
                cursor.pos = d.line == 1 ? TextPosition{cursor.pos.line, cursor.pos.column + d.column - 1}
                                         : TextPosition{cursor.pos.line + d.line - 1, d.column};
                cursor.offset = offset;
                return cursor.pos;
            }
        }
        cursor = {offset, positionAt(offset), true};
        return cursor.pos;
    };
    auto attributePosition = [&](const pugi::xml_attribute& a) {
        const char* name = a.name();
        if (name >= m_base && name < m_base + m_buffer.size())
            return positionAtOffset(static_cast<std::size_t>(name - m_base));
        return TextPosition{};
    };

    std::size_t attributeCount = 0;
    for (auto a = n.first_attribute(); a; a = a.next_attribute())
        ++attributeCount;
    // A few attributes: compare with the earlier ones; many: a set of names.
    const bool useSet = attributeCount > 16;
    std::unordered_set<std::string_view> seen;
    if (useSet)
        seen.reserve(attributeCount);
    for (const auto& a : n.attributes()) {
        const std::string_view name = a.name();
        // XML forbids this, but pugixml accepts it and would silently keep the first value.
        bool twice = false;
        if (useSet) {
            twice = !seen.insert(name).second;
        } else {
            for (auto b = n.first_attribute(); b != a && !twice; b = b.next_attribute())
                twice = name == b.name();
        }
        if (twice)
            fail(LoadIssue::Code::XmlSyntax, a,
                 "attribute '" + std::string(name) + "' appears twice on " + describe(n) + "; keep one");
        bool known = false;
        for (auto k : attributes)
            known = known || k == name;
        if (!known)
            warn(LoadIssue::Code::Unknown, attributePosition(a),
                 "unknown attribute '" + std::string(name) + "' on <" + n.name() + "> is ignored (and not saved)");
    }
    for (const auto& c : n.children()) {
        if (c.type() != pugi::node_element)
            continue;
        const std::string_view name = c.name();
        bool known = false;
        for (auto k : children)
            known = known || k == name;
        if (!known) {
            // As positionOf(node): offset_debug points at the name; editors expect the '<'.
            const std::ptrdiff_t off = c.offset_debug();
            const TextPosition pos =
                off < 0 ? TextPosition{} : positionAtOffset(static_cast<std::size_t>(off > 0 ? off - 1 : off));
            warn(LoadIssue::Code::Unknown, pos,
                 "unknown element <" + std::string(name) + "> inside <" + n.name() + "> is ignored (and not saved)");
        }
    }
}

std::string XmlContext::describe(const pugi::xml_node& n)
{
    // Appending (not "<" + string) sidesteps a GCC 12 -Wrestrict false positive.
    std::string out = "<";
    out += n.name();
    if (const auto id = n.attribute("id")) {
        out += " id=\"";
        out += id.value();
        out += '"';
    }
    out += '>';
    return out;
}

std::string XmlContext::required(const pugi::xml_node& n, const char* attr, std::string_view what)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        fail(LoadIssue::Code::MissingField, n,
             describe(n) + " is missing the required attribute '" + attr + "' (" + std::string(what) + ")");
    if (*a.value() == '\0')
        fail(LoadIssue::Code::MissingField, a,
             describe(n) + " has an empty '" + attr + "'; " + std::string(what) + " is required");
    return a.value();
}

std::string XmlContext::optional(const pugi::xml_node& n, const char* attr, std::string def)
{
    const pugi::xml_attribute a = n.attribute(attr);
    return a ? std::string(a.value()) : std::move(def);
}

std::string XmlContext::text(const pugi::xml_node& n, const char* child)
{
    return n.child(child).text().get();
}

int XmlContext::integer(const pugi::xml_node& n, const char* attr, int def, int min, int max, std::string_view meaning)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return def;
    const std::string_view s = a.value();
    int v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    // A whole number too large for an int is out of range, not malformed.
    const bool tooLarge = ec == std::errc::result_out_of_range && ptr == s.data() + s.size();
    if (!tooLarge && (ec != std::errc{} || ptr != s.data() + s.size()))
        fail(LoadIssue::Code::InvalidValue, a,
             describe(n) + " has " + attr + "=\"" + std::string(s) + "\", which is not a whole number (" +
                 std::string(meaning) + ")");
    if (tooLarge || v < min || v > max) {
        std::string range = min == 0 && max >= 1000000 ? "zero or more" : "between " + std::to_string(min) + " and " +
                                                                              std::to_string(max);
        fail(LoadIssue::Code::InvalidValue, a,
             describe(n) + " has " + attr + "=\"" + std::string(s) + "\"; " + std::string(meaning) + " must be " + range);
    }
    return v;
}

bool XmlContext::boolean(const pugi::xml_node& n, const char* attr, bool def)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return def;
    const std::string_view s = a.value();
    if (s == "true" || s == "1")
        return true;
    if (s == "false" || s == "0")
        return false;
    fail(LoadIssue::Code::InvalidValue, a,
         describe(n) + " has " + attr + "=\"" + std::string(s) + "\" (expected true or false)");
}

double XmlContext::number(const pugi::xml_node& n, const char* attr, double def, double min, double max)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return def;
    const std::string_view s = a.value();
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || ptr != s.data() + s.size() || !std::isfinite(v) || v < min || v > max)
        fail(LoadIssue::Code::InvalidValue, a,
             describe(n) + " has " + attr + "=\"" + std::string(s) + "\" (expected a number from " +
                 std::to_string(static_cast<int>(min)) + " to " + std::to_string(static_cast<int>(max)) + ")");
    return v;
}

OptDate XmlContext::date(const pugi::xml_node& n, const char* attr)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return std::nullopt;
    std::string why;
    OptDate d = parseIsoDate(a.value(), &why);
    if (!d)
        fail(LoadIssue::Code::InvalidValue, a, describe(n) + " " + attr + ": " + why);
    return d;
}

Date XmlContext::requiredDate(const pugi::xml_node& n, const char* attr, std::string_view what)
{
    if (!n.attribute(attr))
        fail(LoadIssue::Code::MissingField, n,
             describe(n) + " is missing the required attribute '" + attr + "' (" + std::string(what) + ")");
    return *date(n, attr);
}

} // namespace certplan::io
