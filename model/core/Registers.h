// SPDX-License-Identifier: MIT
#pragma once
// The nonconformity register and the document register.

#include "core/Date.h"
#include "core/Enums.h"

#include <string>

namespace certplan {

struct Nonconformity {
    std::string id;
    NcSource source = NcSource::InternalAudit;
    NcClass ncClass = NcClass::Minor;
    std::string clause;
    std::string description;
    std::string correction;
    std::string rootCause;
    std::string correctiveAction;
    std::string owner;      // resource id
    Date raised;
    std::string audit;      // audit that raised it, if any
    std::string certificate;
    OptDate due;            // unset: derived from the programme rules
    NcStatus status = NcStatus::Open;
    OptDate verified;
    OptDate closed;
    bool operator==(const Nonconformity&) const = default;
};

struct DocumentEntry {
    std::string id;
    std::string title;
    DocumentKind kind = DocumentKind::Document;
    std::string clause;
    bool mandatory = false; // required documented information
    std::string owner;      // resource id
    std::string version;
    DocumentStatus status = DocumentStatus::Planned;
    OptDate approved;
    OptDate nextReview;
    std::string location;
    bool operator==(const DocumentEntry&) const = default;
};

} // namespace certplan
