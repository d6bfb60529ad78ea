// SPDX-License-Identifier: MIT
#include "presenters/FileController.h"

#include "io/FileFormat.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"

#include <filesystem>
#include <string_view>

namespace certplan::present {

FileController::FileController(Document& doc, UserPrompts& prompts) : m_doc(doc), m_prompts(&prompts) {}

std::string FileController::documentName() const
{
    if (m_doc.path().empty())
        return "Untitled plan";
    return std::filesystem::path(m_doc.path()).filename().string();
}

std::string FileController::windowTitle() const
{
    return (m_doc.isModified() ? "*" : "") + documentName() + " \u2014 CertPlan";
}

bool FileController::confirmDiscard()
{
    if (!m_doc.isModified())
        return true;
    switch (m_prompts->askSaveChanges(documentName())) {
    case UserPrompts::SaveChoice::Save: return save();
    case UserPrompts::SaveChoice::Discard: return true;
    case UserPrompts::SaveChoice::Cancel: return false;
    }
    return false;
}

bool FileController::open(const std::string& path)
{
    if (!confirmDiscard())
        return false;
    return loadInto(path);
}

bool FileController::loadInto(const std::string& path)
{
    auto loaded = readPlanFile(path);
    if (!loaded) {
        // The current plan stays as it was: nothing is replaced on failure.
        const LoadIssue& e = loaded.error();
        std::string where = e.position.known()
                                ? "Line " + std::to_string(e.position.line) + ", column " + std::to_string(e.position.column) + ": "
                                : std::string();
        m_prompts->showError("Cannot open " + std::filesystem::path(path).filename().string(),
                            where + e.message + "\n\n" + path);
        return false;
    }
    std::vector<std::string> warnings;
    for (const auto& w : loaded->warnings)
        warnings.push_back(w.format("warning"));
    m_doc.replace(std::move(loaded->plan), path);
    m_doc.markSaved();
    if (m_onFileUsed)
        m_onFileUsed(path);
    if (!warnings.empty())
        m_prompts->showWarnings("Opened with warnings", warnings);
    return true;
}

bool FileController::openWithPrompt()
{
    if (!confirmDiscard())
        return false;
    auto path = m_prompts->askOpenPath();
    if (!path)
        return false;
    return loadInto(*path);
}

bool FileController::saveTo(const std::string& path)
{
    auto saved = savePlanFile(m_doc.plan(), path);
    if (!saved) {
        m_prompts->showError("Cannot save", saved.error() + "\n\nThe previous file, if any, is unchanged.");
        return false;
    }
    m_doc.setPath(path);
    m_doc.markSaved();
    if (m_onFileUsed)
        m_onFileUsed(path);
    return true;
}

bool FileController::save()
{
    if (m_doc.path().empty())
        return saveAs();
    return saveTo(m_doc.path());
}

bool FileController::saveAs()
{
    std::string suggested = m_doc.path().empty() ? m_doc.plan().info.organization : documentName();
    // The organization is free text; characters that cannot be in a file name
    // would make the save dialog read the suggestion as a folder path.
    for (char& c : suggested)
        if (std::string_view("/\\:*?\"<>|").find(c) != std::string_view::npos)
            c = '-';
    if (suggested.empty())
        suggested = "plan";
    if (std::filesystem::path(suggested).extension() != fileformat::kExtension)
        suggested += fileformat::kExtension;
    auto path = m_prompts->askSavePath(suggested);
    if (!path)
        return false;
    std::string target = *path;
    if (std::filesystem::path(target).extension().empty())
        target += fileformat::kExtension;
    return saveTo(target);
}

bool FileController::revert()
{
    if (m_doc.path().empty() || !m_doc.isModified())
        return false;
    if (!m_prompts->confirm("Revert", "Discard all changes since " + documentName() + " was last saved?"))
        return false;
    return loadInto(m_doc.path());
}

bool FileController::replaceWith(Plan plan)
{
    if (!confirmDiscard())
        return false;
    // A new plan exists only in memory until saved; marked so before the
    // notification, or the window title would miss the modified marker.
    m_doc.replace(std::move(plan), {}, true);
    return true;
}

} // namespace certplan::present
