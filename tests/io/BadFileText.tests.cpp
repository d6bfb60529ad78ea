// SPDX-License-Identifier: MIT
// Files that are not well-formed UTF-8 XML: the loader refuses them before
// reading any plan content, with a position and a hint at the likely cause.
#include "io/IoTestSupport.h"

using namespace certplan;
using namespace certplan::test;
using Code = LoadIssue::Code;

TEST_CASE("An empty file is refused as empty at 1:1", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("empty-file.certplan"));
    CHECK(e.code == Code::Empty);
    CHECK(e.position == TextPosition{1, 1});
    CHECK(contains(e.message, "the file is empty (0 bytes)"));
}

TEST_CASE("A file of blank space only is refused as empty at 1:1", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("whitespace-only.certplan"));
    CHECK(e.code == Code::Empty);
    CHECK(e.position == TextPosition{1, 1});
    CHECK(contains(e.message, "only blank space"));
}

TEST_CASE("Plain text is refused as not XML and the message quotes how it starts", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("not-xml-plain-text.certplan"));
    CHECK(e.code == Code::XmlSyntax);
    CHECK(e.position == TextPosition{1, 1});
    CHECK(contains(e.message, "this is not an XML file"));
    CHECK(contains(e.message, "'Project plan for ISO 200...'"));
}

TEST_CASE("A Latin-1 byte is refused at its own line and column with the byte value", "[io][bad]")
{
    // Line 4 is "    <title>Plan for Caf\xE9 Ltd</title>": the é is column 24.
    const LoadIssue e = loadError(badFile("non-utf8-latin1-e-acute.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{4, 24});
    CHECK(contains(e.message, "invalid UTF-8 byte 0xE9"));
    CHECK(contains(e.message, "Latin-1"));
}

TEST_CASE("A UTF-16 file (with its byte order mark) is refused with a hint to re-save as UTF-8", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("utf16-bom.certplan"));
    CHECK(e.code == Code::Encoding);
    CHECK(e.position == TextPosition{1, 1});
    CHECK(contains(e.message, "UTF-16"));
    CHECK(contains(e.message, "re-save it as UTF-8"));
}

TEST_CASE("A file cut off inside an attribute is reported as truncated, naming the open element", "[io][bad]")
{
    // The file ends in '<task id="t2" name="Scope'; the unterminated value starts at 9:25.
    const LoadIssue e = loadError(badFile("truncated-in-task-list.certplan"));
    CHECK(e.code == Code::Truncated);
    CHECK(e.position == TextPosition{9, 25});
    CHECK(contains(e.message, "looks truncated"));
    CHECK(contains(e.message, "<tasks> opened at line 7 is never closed"));
}

TEST_CASE("A closing tag that does not match names the element that is really open", "[io][bad]")
{
    // <schedule/> on line 5 closes itself; </infos> has to match <info> from line 3.
    const LoadIssue e = loadError(badFile("mismatched-closing-tag.certplan"));
    CHECK(e.code == Code::XmlSyntax);
    CHECK(e.position == TextPosition{6, 5});
    CHECK(e.message == "closing tag </infos> does not match <info> opened at line 3");
}

TEST_CASE("A second top-level element after </plan> is refused at its start", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("second-root-element.certplan"));
    CHECK(e.code == Code::XmlSyntax);
    CHECK(e.position == TextPosition{8, 1});
    CHECK(contains(e.message, "unexpected second top-level element <plan>"));
}

TEST_CASE("An attribute given twice is refused at the second one instead of silently keeping the first", "[io][bad]")
{
    const LoadIssue e = loadError(badFile("duplicate-attribute.certplan"));
    CHECK(e.code == Code::XmlSyntax);
    CHECK(e.position == TextPosition{5, 34});
    CHECK(e.message == "attribute 'start' appears twice on <schedule>; keep one");
}
