// SPDX-License-Identifier: MIT
#include "io/PlanReader.h"

#include "io/FileFormat.h"
#include "io/ReadState.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace certplan {

namespace {

using Code = LoadIssue::Code;

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

// The innermost element still open when parsing stopped (pugixml keeps the partial tree).
pugi::xml_node innermostOpen(const pugi::xml_document& doc)
{
    pugi::xml_node cur;
    for (pugi::xml_node n = doc.last_child(); n; n = n.last_child()) {
        while (n && n.type() != pugi::node_element)
            n = n.previous_sibling();
        if (!n)
            break;
        cur = n;
    }
    return cur;
}

std::string describeSyntaxError(const pugi::xml_parse_result& r, std::string_view text, const pugi::xml_document& doc,
                                const io::XmlContext& ctx, bool* truncated)
{
    // Anything from the error to the end is blank: the file simply stops.
    std::size_t tail = static_cast<std::size_t>(r.offset);
    while (tail < text.size() && (text[tail] == ' ' || text[tail] == '\n' || text[tail] == '\r' || text[tail] == '\t'))
        ++tail;
    *truncated = r.offset >= 0 && static_cast<std::size_t>(r.offset) + 1 >= text.size();
    const pugi::xml_node open = innermostOpen(doc);
    if (*truncated) {
        std::string msg = "the file ends in the middle of the XML";
        if (open)
            msg += ": <" + std::string(open.name()) + "> opened at line " +
                   std::to_string(ctx.positionOf(open).line) + " is never closed";
        return msg + "; it looks truncated (restore it from a backup or the last good copy)";
    }
    switch (r.status) {
    case pugi::status_end_element_mismatch: {
        std::string closing;
        for (std::size_t k = static_cast<std::size_t>(r.offset); k < text.size() && text[k] != '>' && closing.size() < 40;
             ++k)
            closing += text[k];
        std::string msg = "closing tag </" + closing + ">";
        if (open)
            msg += " does not match <" + std::string(open.name()) + "> opened at line " +
                   std::to_string(ctx.positionOf(open).line);
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

void readRoot(io::ReadState& st, const pugi::xml_node& root)
{
    io::XmlContext& ctx = st.ctx;
    ctx.checkKnown(root, {"xmlns", "format"},
                   {"info", "template", "calendars", "resources", "tasks", "baselines", "checklists", "readiness",
                    "certificates", "audits", "nonconformities", "documents"});
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
    if (text.size() >= 2 && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF')))
        return unexpected(issue(Code::Encoding, displayName, {1, 1},
                                "the file is UTF-16 encoded; CertPlan files are UTF-8 (re-save it as UTF-8)"));
    if (const auto bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
        return unexpected(issue(Code::Encoding, displayName, positionOf(text, bad),
                                std::string("invalid UTF-8 byte ") + hex +
                                    ": CertPlan files are UTF-8 (was it saved as Latin-1 or Windows-1252?)"));
    }
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
        doc.load_buffer_inplace(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!r) {
        bool truncated = false;
        std::string msg = describeSyntaxError(r, original, doc, docCtx, &truncated);
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

    Plan plan;
    io::ReadState st{docCtx, plan, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    try {
        const pugi::xml_attribute fmt = root.attribute("format");
        if (!fmt)
            docCtx.fail(Code::MissingField, root, "<plan> is missing the required attribute 'format' (the file format version)");
        const int version = docCtx.integer(root, "format", 0, 1, 1000000, "the format version");
        if (version > fileformat::kVersion)
            docCtx.fail(Code::UnsupportedVersion, fmt,
                        "this plan uses file format " + std::to_string(version) + ", which is newer than this CertPlan supports (" +
                            std::to_string(fileformat::kVersion) + "); install a newer CertPlan to open it");
        readRoot(st, root);
    } catch (const io::LoadFailure& f) {
        return unexpected(f.issue);
    }
    return LoadedPlan{std::move(plan), std::move(docCtx.warnings())};
}

LoadResult readPlanFile(const std::string& path)
{
    struct stat sb{};
    if (::stat(path.c_str(), &sb) != 0)
        return unexpected(issue(errno == ENOENT ? Code::FileNotFound : Code::Io, path, {},
                                errno == ENOENT ? "no such file" : std::string("cannot open: ") + std::strerror(errno)));
    if (S_ISDIR(sb.st_mode))
        return unexpected(issue(Code::Io, path, {}, "this is a folder, not a plan file"));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return unexpected(issue(Code::Io, path, {}, std::string("cannot open: ") + std::strerror(errno)));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad())
        return unexpected(issue(Code::Io, path, {}, "read error"));
    return readPlanText(std::move(buf).str(), path);
}

} // namespace certplan
