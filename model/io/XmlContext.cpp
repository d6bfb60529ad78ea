// SPDX-License-Identifier: MIT
#include "io/XmlContext.h"

#include <algorithm>
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

TextPosition XmlContext::positionInValue(const pugi::xml_attribute& a, std::size_t offset) const
{
    const char* value = a.value();
    if (value >= m_base && value + offset < m_base + m_buffer.size())
        return positionAt(static_cast<std::size_t>(value - m_base) + offset);
    return positionOf(a);
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

namespace {

// XML Schema's whiteSpace="collapse" for these types drops these around a value.
std::string_view trimXmlSpace(std::string_view s)
{
    constexpr std::string_view blanks = " \t\r\n";
    const std::size_t b = s.find_first_not_of(blanks);
    if (b == std::string_view::npos)
        return {};
    return s.substr(b, s.find_last_not_of(blanks) - b + 1);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// [+-]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][+-]?[0-9]+)? : the decimal and exponent
// forms of xs:double, without INF and NaN (the XSD's pattern says the same).
bool isDecimalForm(std::string_view s)
{
    std::size_t i = 0;
    auto digits = [&] {
        const std::size_t from = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        return i - from;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    std::size_t mantissa = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == s.size();
}

// For a decimal-form value a double cannot hold: whether it is tiny (rounds to
// zero, as XML Schema reads it) rather than huge, from its order of magnitude.
bool isBelowDoubleRange(std::string_view s)
{
    std::size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    bool seenNonzero = false, afterPoint = false;
    long long integerDigits = 0;    // from the first nonzero one
    long long placesToNonzero = 0; // after the point, up to the first nonzero digit
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
        if (s[i] == '.') {
            afterPoint = true;
        } else if (!afterPoint) {
            seenNonzero = seenNonzero || s[i] != '0';
            integerDigits += seenNonzero ? 1 : 0;
        } else if (!seenNonzero) {
            ++placesToNonzero;
            seenNonzero = s[i] != '0';
        }
    }
    // The power of ten of the first nonzero digit.
    const long long magnitude = integerDigits > 0 ? integerDigits - 1 : -placesToNonzero;
    long long exponent = 0;
    if (i < s.size()) {
        ++i;
        const bool negative = s[i] == '-';
        if (s[i] == '+' || s[i] == '-')
            ++i;
        for (; i < s.size(); ++i)
            exponent = std::min(1'000'000'000LL, exponent * 10 + (s[i] - '0'));
        exponent = negative ? -exponent : exponent;
    }
    return magnitude + exponent < 0;
}

} // namespace

std::string_view XmlContext::trimmed(std::string_view text)
{
    return trimXmlSpace(text);
}

std::optional<long long> XmlContext::wholeNumber(std::string_view text)
{
    const std::string_view s = trimXmlSpace(text);
    std::size_t i = 0;
    const bool negative = !s.empty() && s[0] == '-';
    if (!s.empty() && (s[0] == '+' || s[0] == '-'))
        ++i;
    if (i == s.size())
        return std::nullopt;
    long long v = 0;
    for (; i < s.size(); ++i) {
        if (!isDigit(s[i]))
            return std::nullopt;
        v = std::min(kSaturated, v * 10 + (s[i] - '0'));
    }
    return negative ? -v : v;
}

int XmlContext::integer(const pugi::xml_node& n, const char* attr, int def, const limits::WholeNumber& limit)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return def;
    const std::optional<long long> v = wholeNumber(a.value());
    if (!v || !limit.allows(*v))
        fail(LoadIssue::Code::InvalidValue, a,
             describe(n) + " has " + attr + "=\"" + a.value() + "\"; " + limit.sentence());
    return static_cast<int>(*v);
}

bool XmlContext::boolean(const pugi::xml_node& n, const char* attr, bool def)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return def;
    const std::string_view s = trimXmlSpace(a.value());
    if (s == "true" || s == "1")
        return true;
    if (s == "false" || s == "0")
        return false;
    fail(LoadIssue::Code::InvalidValue, a,
         describe(n) + " has " + attr + "=\"" + a.value() + "\"; " + attr + " is true or false (or 1 or 0)");
}

double XmlContext::number(const pugi::xml_node& n, const char* attr, double def, const limits::DecimalNumber& limit)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return def;
    std::string_view s = trimXmlSpace(a.value());
    double v = 0;
    bool ok = isDecimalForm(s);
    if (ok) {
        if (s[0] == '+') // from_chars reads no '+'
            s.remove_prefix(1);
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec == std::errc::result_out_of_range) // 1e-999 reads as zero; 1e999 is out of every range
            v = isBelowDoubleRange(s) ? 0.0 : HUGE_VAL;
        ok = (ec == std::errc{} || ec == std::errc::result_out_of_range) && ptr == s.data() + s.size() &&
             std::isfinite(v) && limit.allows(v);
    }
    if (!ok)
        fail(LoadIssue::Code::InvalidValue, a,
             describe(n) + " has " + attr + "=\"" + a.value() + "\"; " + limit.sentence());
    return v;
}

OptDate XmlContext::date(const pugi::xml_node& n, const char* attr)
{
    const pugi::xml_attribute a = n.attribute(attr);
    if (!a)
        return std::nullopt;
    std::string why;
    OptDate d = limits::parsePlanDate(trimXmlSpace(a.value()), &why);
    if (!d)
        fail(LoadIssue::Code::InvalidValue, a, describe(n) + " has " + attr + "=\"" + a.value() + "\"; " + why);
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
