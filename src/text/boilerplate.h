// Recognises page furniture in article text: link teasers, ads, share and subscribe lines.
#ifndef DYAD_TEXT_BOILERPLATE_H_
#define DYAD_TEXT_BOILERPLATE_H_

#include <string_view>

namespace dyad {

// True when the paragraph `text` (trimmed, NFC) is boilerplate rather than article prose:
// "READ ALSO: …", "Related: …", "Advertisement", "Subscribe to …", "Follow us on …",
// "Share this article", copyright lines, bare lists of social networks. Case-insensitive.
bool IsBoilerplate(std::string_view text);

}  // namespace dyad

#endif  // DYAD_TEXT_BOILERPLATE_H_
