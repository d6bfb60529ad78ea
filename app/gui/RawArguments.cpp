// SPDX-License-Identifier: MIT
#include "RawArguments.h"

#include "WxConvert.h"

#include <fstream>
#include <iterator>
#include <vector>

namespace certplan::gui {

namespace {

std::vector<std::string> commandLine()
{
    std::ifstream in("/proc/self/cmdline", std::ios::binary);
    const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::string> args;
    std::string::size_type from = 0;
    while (from < all.size()) {
        const auto end = all.find('\0', from);
        args.push_back(all.substr(from, end == std::string::npos ? std::string::npos : end - from));
        if (end == std::string::npos)
            break;
        from = end + 1;
    }
    return args;
}

// The bytes of text whose characters are all below 256 (how wx decodes bytes
// the locale cannot read), else empty.
std::string latin1Bytes(const wxString& text)
{
    std::string out;
    for (const wxUniChar c : text) {
        if (c.GetValue() > 0xFF)
            return {};
        out += static_cast<char>(c.GetValue());
    }
    return out;
}

} // namespace

std::string rawArgument(const wxString& parsed)
{
    const std::string asUtf8 = utf8(parsed);
    const std::string asLatin1 = latin1Bytes(parsed);
    const std::vector<std::string> args = commandLine();
    for (std::size_t k = 1; k < args.size(); ++k) {
        const std::string& raw = args[k];
        // As wx may have decoded it: UTF-8 (a UTF-8 locale) or Latin-1 (its
        // fallback when the locale, e.g. C, cannot decode the bytes).
        if (raw == asUtf8 || (!asLatin1.empty() && raw == asLatin1))
            return raw;
    }
    return asUtf8;
}

} // namespace certplan::gui
