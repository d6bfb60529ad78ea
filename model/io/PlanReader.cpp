// SPDX-License-Identifier: MIT
#include "io/PlanReader.h"

#include "io/FileFormat.h"
#include "io/ReadState.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace certplan {

namespace {

using Code = LoadIssue::Code;

// parse_ws_pcdata_single: text that is only blank space (a title of "  ") is
// kept, so what was saved reads back the same.
constexpr unsigned kParseOptions = pugi::parse_default | pugi::parse_ws_pcdata_single;

LoadIssue issue(Code code, const std::string& file, TextPosition pos, std::string msg)
{
    return LoadIssue{code, file, pos, std::move(msg)};
}

std::string printable(std::string_view s, std::size_t max = 24)
{
    std::string out;
    for (char c : s.substr(0, max)) {
        if (c == '\n' || c == '\r' || c == '\t')
            break;
        out += c;
    }
    if (s.size() > max)
        out += "...";
    return out;
}

// pugixml's partial tree cannot tell an element that was closed from one still
// open, nor an error caused by the end of the file from one in the middle, so
// syntax errors are explained by scanning the tags again.
struct OpenElement {
    std::string name;
    std::size_t offset;
};

struct TagScan {
    std::vector<OpenElement> open; // outermost first
    std::string rootName;
    std::string lastEndTag;        // name in the last end tag seen, "" if the last tag was not one
    bool unfinished = false;       // text ends inside a tag, comment, CDATA section or declaration
};

// Scans the tags that end before offset end.
TagScan scanTags(std::string_view text, std::size_t end)
{
    TagScan scan;
    auto nameAt = [&](std::size_t from) {
        const std::size_t stop = text.find_first_of(" \t\r\n/>", from);
        return std::string(text.substr(from, (stop == std::string_view::npos ? text.size() : stop) - from));
    };
    std::size_t i = text.find('<');
    while (i < end) {
        const std::string_view rest = text.substr(i);
        std::size_t close = std::string_view::npos; // index one past the construct
        auto through = [&](std::size_t from, std::string_view closer) {
            const std::size_t k = text.find(closer, from);
            return k == std::string_view::npos ? std::string_view::npos : k + closer.size();
        };
        if (rest.starts_with("<!--"))
            close = through(i + 4, "-->");
        else if (rest.starts_with("<![CDATA["))
            close = through(i + 9, "]]>");
        else if (rest.starts_with("<?"))
            close = through(i + 2, "?>");
        else if (rest.starts_with("<!"))
            close = through(i + 2, ">");
        else {
            // A start or end tag: '>' inside a quoted attribute value does not end it.
            char quote = 0;
            for (std::size_t k = i + 1; k < text.size() && close == std::string_view::npos; ++k) {
                const char c = text[k];
                if (quote)
                    quote = c == quote ? 0 : quote;
                else if (c == '"' || c == '\'')
                    quote = c;
                else if (c == '>')
                    close = k + 1;
            }
        }
        if (close == std::string_view::npos) {
            scan.unfinished = true;
            break;
        }
        if (close > end)
            break;
        if (rest.starts_with("</")) {
            if (!scan.open.empty())
                scan.open.pop_back();
            scan.lastEndTag = nameAt(i + 2);
        } else if (!rest.starts_with("<!") && !rest.starts_with("<?")) {
            if (scan.rootName.empty())
                scan.rootName = nameAt(i + 1);
            if (text[close - 2] != '/')
                scan.open.push_back({nameAt(i + 1), i});
            scan.lastEndTag.clear();
        }
        i = text.find('<', close);
    }
    return scan;
}

std::string describeSyntaxError(const pugi::xml_parse_result& r, std::string_view text, const io::XmlContext& ctx,
                                bool* truncated)
{
    const std::size_t offset = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(r.offset, 0)), text.size());
    // Truncated: the file stops inside a tag, or with elements still open and
    // without the root's end tag (a complete file with a missing end tag still
    // ends with </plan>, and is reported as a mismatch instead).
    const TagScan whole = scanTags(text, text.size());
    *truncated = whole.unfinished || (!whole.open.empty() && whole.lastEndTag != whole.rootName);
    const std::vector<OpenElement> openElements = *truncated ? whole.open : scanTags(text, offset).open;
    auto openedAt = [&](const OpenElement& e) {
        return "<" + e.name + "> opened at line " + std::to_string(ctx.positionAt(e.offset).line);
    };
    if (*truncated) {
        std::string msg = "the file ends in the middle of the XML";
        if (!openElements.empty())
            msg += ": " + openedAt(openElements.back()) + " is never closed";
        return msg + "; it looks truncated (restore it from a backup or the last good copy)";
    }
    switch (r.status) {
    case pugi::status_end_element_mismatch: {
        std::string closing;
        for (std::size_t k = offset; k < text.size() && text[k] != '>' && closing.size() < 40; ++k)
            closing += text[k];
        std::string msg = "closing tag </" + closing + ">";
        if (!openElements.empty())
            msg += " does not match " + openedAt(openElements.back());
        else
            msg += " has no matching opening tag";
        return msg;
    }
    case pugi::status_bad_attribute:
        return "malformed attribute (attribute values must be in quotes, like name=\"value\")";
    case pugi::status_bad_start_element:
        return "malformed start tag";
    case pugi::status_bad_end_element:
        return "malformed end tag";
    case pugi::status_bad_comment:
        return "malformed comment (comments are <!-- ... -->)";
    case pugi::status_bad_cdata:
        return "malformed CDATA section";
    case pugi::status_bad_pcdata:
        return "malformed text content";
    case pugi::status_bad_pi:
        return "malformed XML declaration or processing instruction";
    case pugi::status_bad_doctype:
        return "malformed document type declaration";
    case pugi::status_unrecognized_tag:
        return "unrecognised tag";
    default:
        return std::string("malformed XML (") + r.description() + ")";
    }
}

// The bad byte starts a multi-byte character that the end of the file cuts off.
bool endsInsideCharacter(std::string_view text, std::size_t bad)
{
    const auto lead = static_cast<unsigned char>(text[bad]);
    const std::size_t len = (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || bad + len <= text.size())
        return false;
    for (std::size_t k = bad + 1; k < text.size(); ++k)
        if ((static_cast<unsigned char>(text[k]) & 0xC0) != 0x80)
            return false;
    return true;
}

// "U+0001", "U+D800": how a code point is named in messages.
std::string codePointName(unsigned long cp)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04lX", cp);
    return buf;
}

std::string forbiddenCharMessage(unsigned long cp, bool reference, std::string_view refText)
{
    std::string what;
    if (reference)
        what = "the character reference " + std::string(refText) + " stands for ";
    if (cp == 0)
        what += reference ? "NUL (U+0000)" : "a NUL byte (U+0000)";
    else if (cp > 0x10FFFF)
        what += "a value past U+10FFFF, the last Unicode code point";
    else if (cp >= 0xD800 && cp <= 0xDFFF)
        what += codePointName(cp) + ", a UTF-16 surrogate (not a character on its own)";
    else if (cp < 0x20)
        what += "the control character " + codePointName(cp);
    else
        what += "the non-character " + codePointName(cp);
    std::string msg = what + ", which XML 1.0 does not allow in a file (only tab, line feed and carriage return "
                             "below U+0020, and no surrogates, U+FFFE or U+FFFF)";
    if (cp == 0 && !reference)
        msg += "; the file may be damaged or not a text file";
    return msg;
}

struct CharScan {
    std::optional<std::pair<std::size_t, std::string>> error; // offset, message
    std::vector<std::size_t> comments;                         // offsets of "<!--"
};

// Checks every character, raw or written as a character reference (&#N; or
// &#xH;), against XML 1.0's Char production, which pugixml does not enforce,
// and finds the comments (which a save does not keep). The text is valid UTF-8.
CharScan scanCharacters(std::string_view text)
{
    CharScan scan;
    const auto* b = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    std::string_view closer; // inside a comment, CDATA section or processing instruction until this
    while (i < n) {
        const unsigned char c = b[i];
        std::size_t len = 1;
        unsigned long cp = c;
        if (c >= 0x80) {
            len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
            cp = c & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
            for (std::size_t k = 1; k < len && i + k < n; ++k)
                cp = (cp << 6) | (b[i + k] & 0x3Fu);
        }
        if (!isXmlChar(cp)) {
            scan.error = {i, forbiddenCharMessage(cp, false, {})};
            return scan;
        }
        const std::string_view rest = text.substr(i);
        if (!closer.empty()) {
            if (rest.starts_with(closer)) {
                i += closer.size();
                closer = {};
                continue;
            }
        } else if (c == '<') {
            if (rest.starts_with("<!--")) {
                scan.comments.push_back(i);
                closer = "-->";
                i += 4;
                continue;
            }
            if (rest.starts_with("<![CDATA[")) {
                closer = "]]>";
                i += 9;
                continue;
            }
            if (rest.starts_with("<?")) {
                closer = "?>";
                i += 2;
                continue;
            }
        } else if (c == '&' && rest.starts_with("&#")) {
            // A reference pugixml would decode: digits (or x and hex digits) and ';'.
            const bool hex = rest.size() > 2 && rest[2] == 'x';
            std::size_t k = hex ? 3 : 2;
            unsigned long long v = 0;
            bool any = false;
            for (; k < rest.size(); ++k) {
                const char d = rest[k];
                int digit = -1;
                if (d >= '0' && d <= '9')
                    digit = d - '0';
                else if (hex && d >= 'a' && d <= 'f')
                    digit = d - 'a' + 10;
                else if (hex && d >= 'A' && d <= 'F')
                    digit = d - 'A' + 10;
                if (digit < 0)
                    break;
                any = true;
                v = std::min<unsigned long long>(v * (hex ? 16 : 10) + static_cast<unsigned>(digit), 0x7FFFFFFFull);
            }
            if (any && k < rest.size() && rest[k] == ';' && !isXmlChar(static_cast<unsigned long>(v))) {
                const std::string_view ref = rest.substr(0, std::min<std::size_t>(k + 1, 24));
                scan.error = {i, forbiddenCharMessage(static_cast<unsigned long>(v), true, ref)};
                return scan;
            }
        }
        i += len;
    }
    return scan;
}

// The name of a wide encoding the first bytes give away (with or without a
// byte order mark), empty for none.
std::string wideEncoding(std::string_view t)
{
    auto at = [&](std::size_t k) { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0x100u; };
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0xFE && at(3) == 0xFF)
        return "UTF-32 (big-endian, with a byte order mark)";
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0x00 && at(3) == 0x00)
        return "UTF-32 (little-endian, with a byte order mark)";
    if (at(0) == 0xFF && at(1) == 0xFE)
        return "UTF-16 (little-endian, with a byte order mark)";
    if (at(0) == 0xFE && at(1) == 0xFF)
        return "UTF-16 (big-endian, with a byte order mark)";
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0x00 && at(3) != 0x00 && at(3) < 0x80)
        return "UTF-32 (big-endian, without a byte order mark)";
    if (at(0) != 0x00 && at(0) < 0x80 && at(1) == 0x00 && at(2) == 0x00 && at(3) == 0x00)
        return "UTF-32 (little-endian, without a byte order mark)";
    if (at(0) == 0x00 && at(1) != 0x00 && at(1) < 0x80)
        return "UTF-16 (big-endian, without a byte order mark)";
    if (at(0) != 0x00 && at(0) < 0x80 && at(1) == 0x00)
        return "UTF-16 (little-endian, without a byte order mark)";
    return {};
}

void readRoot(io::ReadState& st, const pugi::xml_node& root)
{
    io::XmlContext& ctx = st.ctx;
    ctx.checkKnown(root, {"xmlns", "format"},
                   {"info", "template", "calendars", "resources", "tasks", "baselines", "checklists", "readiness",
                    "certificates", "audits", "nonconformities", "documents"});
    if (!root.child("info"))
        ctx.fail(Code::MissingField, root, "the plan has no <info> section (title, start date, calendar)");
    io::readInfo(st, root.child("info"));
    if (const auto t = root.child("template"))
        io::readTemplateInfo(st, t);
    io::readCalendars(st, root.child("calendars"));
    io::readResources(st, root.child("resources"));
    io::readTasks(st, root.child("tasks"));
    io::readBaselines(st, root.child("baselines"));
    io::readChecklists(st, root.child("checklists"));
    io::readReadiness(st, root.child("readiness"));
    io::readCertificates(st, root.child("certificates"));
    io::readAudits(st, root.child("audits"));
    io::readNonconformities(st, root.child("nonconformities"));
    io::readDocuments(st, root.child("documents"));
    io::validateReferences(st);
    io::warnResourceDaysOffPlan(st);
    io::checkProgress(st);
}

std::string sniffForeignFormat(const pugi::xml_node& root)
{
    const std::string_view name = root.name();
    const std::string_view ns = root.attribute("xmlns").value();
    if (name == "Project" && ns.find("schemas.microsoft.com/project") != std::string_view::npos)
        return "; it looks like a Microsoft Project XML file";
    if (name == "project" && root.attribute("mrproject-version"))
        return "; it looks like a GNOME Planner file";
    if (name == "project" && root.child("tasks") && root.child("roles"))
        return "; it looks like a GanttProject file";
    return {};
}

} // namespace

LoadResult readPlanText(std::string text, const std::string& displayName)
{
    if (text.empty())
        return unexpected(issue(Code::Empty, displayName, {1, 1},
                                "the file is empty (0 bytes); it may have been cut off by a failed copy"));
    if (const std::string wide = wideEncoding(text); !wide.empty())
        return unexpected(issue(Code::Encoding, displayName, {1, 1},
                                "the file is " + wide.substr(0, 6) + " encoded" + wide.substr(6) +
                                    "; CertPlan files are UTF-8 (re-save it as UTF-8)"));
    if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        if (endsInsideCharacter(text, bad))
            return unexpected(issue(Code::Truncated, displayName, positionOf(text, bad),
                                    "the file ends in the middle of a character; it looks truncated (restore it from "
                                    "a backup or the last good copy)"));
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
        return unexpected(issue(Code::Encoding, displayName, positionOf(text, bad),
                                std::string("invalid UTF-8 byte ") + hex +
                                    ": CertPlan files are UTF-8 (was it saved as Latin-1 or Windows-1252?)"));
    }
    const CharScan chars = scanCharacters(text);
    if (chars.error)
        return unexpected(issue(Code::Encoding, displayName, positionOf(text, chars.error->first), chars.error->second));
    const std::size_t firstNonSpace = text.find_first_not_of(" \t\r\n");
    if (firstNonSpace == std::string::npos)
        return unexpected(issue(Code::Empty, displayName, {1, 1}, "the file contains only blank space"));
    std::size_t contentStart = firstNonSpace;
    if (text.compare(contentStart, 3, "\xEF\xBB\xBF") == 0)
        contentStart += 3;
    if (text[contentStart] != '<')
        return unexpected(issue(Code::XmlSyntax, displayName, positionOf(text, contentStart),
                                "this is not an XML file: it starts with '" + printable(std::string_view(text).substr(contentStart)) +
                                    "' where a CertPlan plan starts with <?xml or <plan"));

    // Parse in place over our own buffer: every name and value pointer then
    // gives its offset in the file for error positions.
    const std::string original = text; // line/column are counted on the untouched bytes
    io::XmlContext docCtx(displayName, original, text.data());
    pugi::xml_document doc;
    const pugi::xml_parse_result r =
        doc.load_buffer_inplace(text.data(), text.size(), kParseOptions, pugi::encoding_utf8);
    if (!r) {
        bool truncated = false;
        std::string msg = describeSyntaxError(r, original, docCtx, &truncated);
        if (r.status == pugi::status_no_document_element)
            return unexpected(issue(Code::XmlSyntax, displayName, {1, 1}, "this is not an XML file: no XML element found"));
        return unexpected(issue(truncated ? Code::Truncated : Code::XmlSyntax, displayName,
                                positionOf(original, static_cast<std::size_t>(r.offset)), std::move(msg)));
    }

    pugi::xml_node root = doc.document_element();
    int elements = 0;
    for (const auto& n : doc.children())
        if (n.type() == pugi::node_element && ++elements == 2)
            return unexpected(issue(Code::XmlSyntax, displayName, docCtx.positionOf(n),
                                    "unexpected second top-level element <" + std::string(n.name()) +
                                        "> after the end of <" + root.name() + ">"));

    if (std::string_view(root.name()) != fileformat::kRoot ||
        std::string_view(root.attribute("xmlns").value()) != fileformat::kNamespace) {
        std::string msg = "this is not a CertPlan plan: the root element is <" + std::string(root.name()) + ">";
        if (const auto ns = root.attribute("xmlns"))
            msg += " in namespace '" + std::string(ns.value()) + "'";
        msg += " (expected <plan xmlns=\"" + std::string(fileformat::kNamespace) + "\">)" + sniffForeignFormat(root);
        return unexpected(issue(Code::WrongRoot, displayName, docCtx.positionOf(root), std::move(msg)));
    }

    for (const std::size_t c : chars.comments)
        docCtx.warn(Code::Unknown, positionOf(original, c), "comments are not kept when the plan is saved");

    Plan plan;
    io::ReadState st{docCtx, plan, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    try {
        const pugi::xml_attribute fmt = root.attribute("format");
        if (!fmt)
            docCtx.fail(Code::MissingField, root, "<plan> is missing the required attribute 'format' (the file format version)");
        static_assert(limits::kFormatVersion.max == fileformat::kVersion);
        // A larger version is a file from a newer CertPlan: worth its own message.
        if (const auto version = io::XmlContext::wholeNumber(fmt.value()); version && *version > fileformat::kVersion)
            docCtx.fail(Code::UnsupportedVersion, fmt,
                        "this plan uses file format " +
                            (*version < io::XmlContext::kSaturated ? std::to_string(*version)
                                                                   : std::string(io::XmlContext::trimmed(fmt.value()))) +
                            ", which is newer than this CertPlan supports (" +
                            std::to_string(fileformat::kVersion) + "); install a newer CertPlan to open it");
        docCtx.integer(root, "format", 0, limits::kFormatVersion);
        readRoot(st, root);
    } catch (const io::LoadFailure& f) {
        return unexpected(f.issue);
    }
    // In file order, as an editor lists them (they are found section by section).
    std::vector<LoadIssue>& warnings = docCtx.warnings();
    std::stable_sort(warnings.begin(), warnings.end(), [](const LoadIssue& a, const LoadIssue& b) {
        return std::pair(a.position.line, a.position.column) < std::pair(b.position.line, b.position.column);
    });
    return LoadedPlan{std::move(plan), std::move(warnings)};
}

static std::string notRegularFile(mode_t mode)
{
    if (S_ISDIR(mode))
        return "this is a folder, not a plan file";
    std::string kind = S_ISFIFO(mode)  ? "a named pipe (FIFO)"
                       : S_ISCHR(mode) ? "a character device (like /dev/zero or a terminal)"
                       : S_ISBLK(mode) ? "a block device"
                       : S_ISSOCK(mode) ? "a socket"
                                        : "not a regular file";
    return "this is " + kind + ", not a plan file; CertPlan reads plans only from regular files";
}

static std::string tooLarge(unsigned long long size)
{
    return "the file is too large to be a plan (" + std::to_string(size >> 20) + " MiB; the limit is " +
           std::to_string(kMaxPlanFileBytes >> 20) + " MiB)";
}

LoadResult readPlanFile(const std::string& path)
{
    // stat first: opening a FIFO without a writer would wait forever, and a
    // device like /dev/zero never ends.
    struct stat sb{};
    if (::stat(path.c_str(), &sb) != 0)
        return unexpected(issue(errno == ENOENT ? Code::FileNotFound : Code::Io, path, {},
                                errno == ENOENT ? "no such file" : std::string("cannot open: ") + std::strerror(errno)));
    if (!S_ISREG(sb.st_mode))
        return unexpected(issue(Code::Io, path, {}, notRegularFile(sb.st_mode)));
    if (static_cast<unsigned long long>(sb.st_size) > kMaxPlanFileBytes)
        return unexpected(issue(Code::Io, path, {}, tooLarge(static_cast<unsigned long long>(sb.st_size))));
    // O_NONBLOCK: should the path have been swapped for a FIFO since stat, open
    // still returns at once, and fstat refuses it.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return unexpected(issue(Code::Io, path, {}, std::string("cannot open: ") + std::strerror(errno)));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    if (::fstat(fd, &sb) != 0)
        return unexpected(issue(Code::Io, path, {}, std::string("cannot read: ") + std::strerror(errno)));
    if (!S_ISREG(sb.st_mode))
        return unexpected(issue(Code::Io, path, {}, notRegularFile(sb.st_mode)));
    std::string text;
    text.reserve(static_cast<std::size_t>(std::min<unsigned long long>(static_cast<unsigned long long>(sb.st_size),
                                                                       kMaxPlanFileBytes)));
    char buf[65536];
    for (;;) {
        const ssize_t got = ::read(fd, buf, sizeof buf);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return unexpected(issue(Code::Io, path, {}, std::string("read error: ") + std::strerror(errno)));
        if (got == 0)
            break;
        if (text.size() + static_cast<std::size_t>(got) > kMaxPlanFileBytes) // grew while being read
            return unexpected(issue(Code::Io, path, {}, tooLarge(text.size() + static_cast<std::size_t>(got))));
        text.append(buf, static_cast<std::size_t>(got));
    }
    return readPlanText(std::move(text), path);
}

} // namespace certplan
