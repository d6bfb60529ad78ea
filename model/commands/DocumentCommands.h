// SPDX-License-Identifier: MIT
#pragma once
// Document register edits (the documented information of ISO/IEC 20000-1
// clause 7.5): add, change and remove entries. Each function checks the edit
// against the rules the loader applies to a file and returns the command, or
// a sentence saying why it cannot be done.

#include "commands/TaskEdits.h"

#include <string>

namespace certplan {

// Checks an entry as the loader would (id and title present, owner a resource
// of the plan, dates from 1950-01-01 to 2249-12-31, an id no other entry has)
// plus what the register's users rely on: a title that is not blank and a
// next review not before the approval, and an id that evidence cites kept.
// `before` is the entry as it was when editing (nullptr when adding): a blank
// title or reversed dates a loaded file already had do not block other edits
// (the loader accepts them). `why` is empty when acceptable.
struct DocumentProblem {
    enum class Field { None, Id, Title, Owner, Approved, NextReview };
    Field field = Field::None; // the field to correct
    std::string why;           // "a document needs a title"
};
DocumentProblem documentProblem(const Plan& plan, const DocumentEntry& entry, const DocumentEntry* before = nullptr);

// A new id "doc-N" not used by any entry of the register.
std::string uniqueDocumentId(const Plan& plan);

// Appends the entry to the register. Label "Add Document".
CommandResult addDocument(const Plan& plan, DocumentEntry entry);
// Replaces the entry whose id is `id` (its id may change if the new one is
// free and no evidence cites the old one). Label "Edit Document"; "nothing to
// change" when equal.
CommandResult editDocument(const Plan& plan, const std::string& id, DocumentEntry after);
// Removes the entry, unless a requirement's evidence cites it (the file would
// no longer load). Label "Remove Document".
CommandResult removeDocument(const Plan& plan, const std::string& id);

} // namespace certplan
