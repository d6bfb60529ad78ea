// SPDX-License-Identifier: MIT
// Characters XML 1.0 forbids, raw or as character references, misleading
// encodings and line ends: the loader refuses what a save could not write back,
// with a position, and the writer writes only what the loader accepts.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"
#include "util/TerminalText.h"

#include <random>

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

TEST_CASE("A character reference to a UTF-16 surrogate is refused at the reference", "[io][bad][xmlchar]")
{
    const LoadIssue e = loadError(badFile("xmlchar-ref-surrogate-d800.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{4, 17});
    CHECK(contains(e.message, "the character reference &#xD800; stands for U+D800, a UTF-16 surrogate"));
    CHECK(contains(e.message, "XML 1.0 does not allow"));
}

TEST_CASE("A character reference past U+10FFFF is refused at the reference", "[io][bad][xmlchar]")
{
    const LoadIssue e = loadError(badFile("xmlchar-ref-past-10ffff.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{4, 17});
    CHECK(contains(e.message, "&#x110000; stands for a value past U+10FFFF"));
}

TEST_CASE("The reference &#0 is refused instead of silently cutting the text", "[io][bad][xmlchar]")
{
    const LoadIssue e = loadError(badFile("xmlchar-ref-nul.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{4, 16});
    CHECK(contains(e.message, "&#0; stands for NUL (U+0000)"));
}

TEST_CASE("The reference &#1 (a control character) is refused", "[io][bad][xmlchar]")
{
    const LoadIssue e = loadError(badFile("xmlchar-ref-control-1.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{4, 17});
    CHECK(contains(e.message, "&#1; stands for the control character U+0001"));
}

TEST_CASE("A raw control character is refused at its own position and not echoed", "[io][bad][xmlchar]")
{
    const LoadIssue e = loadError(badFile("xmlchar-raw-control-1.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{4, 16});
    CHECK(e.message.find('\x01') == std::string::npos);
    CHECK(contains(e.message, "the control character U+0001, which XML 1.0 does not allow"));
}

TEST_CASE("A NUL byte is named as such at its position, not as an unrelated closing tag", "[io][bad][xmlchar]")
{
    const LoadIssue e = loadError(badFile("xmlchar-raw-nul-byte.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{4, 16});
    CHECK(e.message.find('\0') == std::string::npos);
    CHECK(contains(e.message, "a NUL byte (U+0000)"));
    CHECK(contains(e.message, "the file may be damaged or not a text file"));
    CHECK_FALSE(contains(e.message, "closing tag"));
}

TEST_CASE("A non-character reference in an attribute value is refused", "[io][bad][xmlchar]")
{
    const LoadIssue e = loadError(badFile("xmlchar-ref-fffe-in-attribute.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{5, 45});
    CHECK(contains(e.message, "&#xFFFE; stands for the non-character U+FFFE"));
}

TEST_CASE("Forbidden references inside comments and CDATA are literal text and accepted", "[io][xmlchar]")
{
    const std::string text = "<?xml version=\"1.0\"?>\n<plan xmlns=\"urn:certplan:plan\" format=\"1\">\n"
                             "  <!-- &#0; -->\n  <info>\n    <title><![CDATA[a &#1; b]]></title>\n"
                             "    <schedule start=\"2027-01-04\"/>\n  </info>\n</plan>\n";
    const LoadResult r = readPlanText(text, "cdata.certplan");
    REQUIRE(r.ok());
    CHECK(r->plan.info.title == "a &#1; b");
}

TEST_CASE("UTF-16 without a byte order mark is named as UTF-16, not as truncated", "[io][bad][encoding]")
{
    for (const char* name : {"encoding-utf16le-no-bom.certplan", "encoding-utf16be-no-bom.certplan"}) {
        const LoadIssue e = loadError(badFile(name));
        CHECK(e.code == Code::Encoding);
        CHECK(e.position == TextPosition{1, 1});
        CHECK(contains(e.message, "the file is UTF-16 encoded"));
        CHECK(contains(e.message, "without a byte order mark"));
        CHECK(contains(e.message, "re-save it as UTF-8"));
        CHECK_FALSE(contains(e.message, "truncated"));
    }
}

TEST_CASE("UTF-32 is named as UTF-32, with or without a byte order mark", "[io][bad][encoding]")
{
    const LoadIssue withBom = loadError(badFile("encoding-utf32le-bom.certplan"));
    CHECK(withBom.code == Code::Encoding);
    CHECK(contains(withBom.message, "the file is UTF-32 encoded (little-endian, with a byte order mark)"));
    CHECK_FALSE(contains(withBom.message, "UTF-16"));
    const LoadIssue noBom = loadError(badFile("encoding-utf32be-no-bom.certplan"));
    CHECK(noBom.code == Code::Encoding);
    CHECK(contains(noBom.message, "the file is UTF-32 encoded (big-endian, without a byte order mark)"));
}

TEST_CASE("A lag of 2^31 is reported as out of range with the allowed range, not as not a number", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("lag-2-pow-31.certplan"));
    CHECK(e.code == Code::InvalidValue);
    CHECK(e.position == TextPosition{10, 29});
    CHECK(e.message ==
          "<predecessor> has lag=\"2147483648\"; a lag is a whole number of working days from -109573 to 109573");
}

TEST_CASE("Lines that end in a lone CR are counted as lines", "[io][bad][lineends]")
{
    const LoadIssue cr = loadError(dataPath("line-ends/cr-only-bad-date.certplan"));
    CHECK(cr.code == Code::InvalidValue);
    CHECK(cr.position == TextPosition{5, 15});
    CHECK(contains(cr.message, "February 2027 has 28 days"));
    // CR LF counts once, a lone CR once.
    const LoadIssue mixed = loadError(dataPath("line-ends/mixed-cr-crlf-bad-date.certplan"));
    CHECK(mixed.position == TextPosition{5, 15});
    CHECK(positionOf("a\r\nb\rc\nd", 7) == TextPosition{4, 1});
}

TEST_CASE("Comments load with a warning that a save does not keep them", "[io][warnings]")
{
    const std::string path = goodFile("comments-dropped-on-save.certplan");
    const LoadResult r = readPlanFile(path);
    REQUIRE(r.ok());
    REQUIRE(r->warnings.size() == 2);
    CHECK(r->warnings[0].code == Code::Unknown);
    CHECK(r->warnings[0].position == TextPosition{2, 1});
    CHECK(r->warnings[0].message == "comments are not kept when the plan is saved");
    CHECK(r->warnings[1].position == TextPosition{6, 5});
    CHECK(r->warnings[1].format("warning") == path + ":6:5: warning: comments are not kept when the plan is saved");
}

TEST_CASE("Messages are made safe for a terminal: control characters are shown escaped", "[io][xmlchar]")
{
    CHECK(terminalSafe("a\x01" "b\x1b[2Jc\x7f") == "a\\x01b\\x1B[2Jc\\x7F");
    CHECK(terminalSafe("tab\there") == "tab\there");
    CHECK(terminalSafe("two\nlines") == "two\\x0Alines");
    CHECK(terminalSafe("two\nlines", true) == "two\nlines");
    CHECK(terminalSafe("c1 \xC2\x85 rtl \xE2\x80\xAE") == "c1 U+0085 rtl U+202E");
    CHECK(terminalSafe("caf\xC3\xA9 \xE6\x97\xA5 bad \xFF") == "caf\xC3\xA9 \xE6\x97\xA5 bad \\xFF");
    LoadIssue issue{Code::InvalidValue, "x.certplan", {1, 2}, "unknown type 'a\x07" "b'"};
    CHECK(issue.format() == "x.certplan:1:2: error: unknown type 'a\\x07b'");
}

namespace {

// Random text over code points chosen to be awkward for XML: markup, quotes,
// whitespace of every kind (including a lone CR), the edges of the allowed
// ranges, combining marks, right-to-left text and astral characters.
std::string randomText(std::mt19937& rng, bool allowForbidden)
{
    static const std::vector<unsigned> kAllowed = {
        'a', 'Z', '0', ' ', '\t', '\n', '\r', '<', '>', '&', '"', '\'', ']', ';', '#', 'x', '-', '=',
        0x85, 0xA0, 0xE9, 0x301, 0x5D0, 0x627, 0x2028, 0x2029, 0x202E, 0xD7FF, 0xE000, 0xFEFF, 0xFFFD,
        0x10000, 0x1F600, 0x10FFFF};
    static const std::vector<unsigned> kForbidden = {0x0, 0x1, 0x8, 0xB, 0xC, 0x1B, 0x1F, 0xFFFE, 0xFFFF};
    std::uniform_int_distribution<int> len(1, 12);
    std::string out;
    const int n = len(rng);
    for (int i = 0; i < n; ++i) {
        unsigned cp = kAllowed[std::uniform_int_distribution<std::size_t>(0, kAllowed.size() - 1)(rng)];
        if (allowForbidden && rng() % 4 == 0)
            cp = kForbidden[std::uniform_int_distribution<std::size_t>(0, kForbidden.size() - 1)(rng)];
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    if (allowForbidden && rng() % 8 == 0)
        out += '\xFF'; // not UTF-8 at all
    return out;
}

// The full plan with its free text replaced by random text.
Plan randomTextPlan(unsigned seed, bool allowForbidden)
{
    std::mt19937 rng(seed);
    Plan p = fullPlan();
    auto t = [&] { return randomText(rng, allowForbidden); };
    p.info.title = t();
    p.info.organization = t();
    p.info.scope = t();
    p.info.certificationBody = t();
    for (auto& task : p.tasks) {
        task.name = t();
        task.notes = t();
    }
    for (auto& r : p.resources) {
        r.name = t();
        r.role = t();
    }
    for (auto& c : p.checklists)
        for (auto& req : c.items) {
            req.title = t();
            req.notes = t();
        }
    for (auto& a : p.audits)
        a.notes = t();
    for (auto& nc : p.nonconformities) {
        nc.description = t();
        nc.rootCause = t();
    }
    for (auto& doc : p.documents)
        doc.title = t();
    return p;
}

} // namespace

TEST_CASE("Property: any plan that loads reads back equal after a save", "[io][roundtrip][property]")
{
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const Plan original = randomTextPlan(seed, false);
        const LoadResult first = readPlanText(writePlanToString(original), "first.certplan");
        INFO("seed " << seed);
        REQUIRE(first.ok());
        // What loaded is now "any plan that loads": save it and load again.
        const std::string saved = writePlanToString(first->plan);
        const LoadResult second = readPlanText(saved, "second.certplan");
        INFO((second.ok() ? std::string() : second.error().format()));
        REQUIRE(second.ok());
        CHECK(second->plan == first->plan);
        // With only allowed characters nothing is lost even on the first trip.
        CHECK(first->plan == original);
    }
}

TEST_CASE("Property: the writer only writes what the reader accepts, whatever the strings hold",
          "[io][roundtrip][property]")
{
    for (unsigned seed = 1; seed <= 300; ++seed) {
        const Plan original = randomTextPlan(seed, true);
        const std::string saved = writePlanToString(original);
        const LoadResult r = readPlanText(saved, "forbidden.certplan");
        INFO("seed " << seed);
        INFO((r.ok() ? std::string() : r.error().format()));
        REQUIRE(r.ok());
        CHECK(r->plan.tasks.size() == original.tasks.size());
        // ...and what it wrote then reads back unchanged.
        const LoadResult again = readPlanText(writePlanToString(r->plan), "again.certplan");
        REQUIRE(again.ok());
        CHECK(again->plan == r->plan);
    }
}

TEST_CASE("A forbidden character in a string is saved as U+FFFD, and the file passes xmllint", "[io][xmlchar]")
{
    Plan p = minimalPlan();
    p.info.title = std::string("Bell\x01 and NUL", 13) + std::string(1, '\0') + "end";
    const std::string text = writePlanToString(p);
    const LoadResult r = readPlanText(text, "fffd.certplan");
    REQUIRE(r.ok());
    CHECK(r->plan.info.title == "Bell\xEF\xBF\xBD and NUL\xEF\xBF\xBD" "end");
    ScratchDir dir;
    writeBytes(dir.file("fffd.certplan"), text);
    const CommandOutput lint = xmllintValidate(dir.file("fffd.certplan"));
    INFO(lint.output);
    CHECK(lint.exitCode == 0);
}
