// SPDX-License-Identifier: MIT
#include "presenters/FileController.h"

#include "io/FileFormat.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "safety/Backups.h"
#include "safety/FolderMutex.h"
#include "safety/PlanDiff.h"

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
    return (m_doc.isModified() ? "*" : "") + documentName() + (m_readOnly ? " [read-only]" : "") + " \u2014 CertPlan";
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

namespace {
// The plan's path as the lock, the recovery copy and the recent files need it:
// absolute, so it means the same file from any working folder.
std::string absolutePath(const std::string& path)
{
    std::error_code ec;
    auto abs = std::filesystem::absolute(path, ec);
    return ec ? path : abs.lexically_normal().string();
}
} // namespace

bool FileController::loadInto(const std::string& relativePath)
{
    const std::string path = absolutePath(relativePath);
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
    // Reloading our own file keeps our lock; any other file is locked anew.
    bool readOnly = false;
    std::optional<safety::PlanLock> lock;
    const bool reloading = path == m_doc.path() && (m_lock || m_readOnly);
    if (reloading) {
        lock = std::move(m_lock);
        readOnly = m_readOnly;
    } else {
        auto taken = lockForOpen(path, readOnly);
        if (!taken)
            return false;
        lock = std::move(*taken);
    }
    std::vector<std::string> warnings;
    for (const auto& w : loaded->warnings)
        warnings.push_back(w.format("warning"));
    m_lock = std::move(lock);
    m_readOnly = readOnly;
    auto stamp = safety::stampFile(path);
    m_stamp = stamp ? std::optional<safety::FileStamp>(*stamp) : std::nullopt;
    m_keptOver.reset();
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

std::optional<std::optional<safety::PlanLock>> FileController::lockForOpen(const std::string& path, bool& readOnly)
{
    auto lock = safety::PlanLock::acquire(path);
    if (lock)
        return std::optional<safety::PlanLock>(std::move(*lock));
    const safety::LockRefusal& why = lock.error();
    if (why.kind == safety::LockRefusal::Kind::Error) {
        // A folder we cannot write a lock into (read-only media): open without one, and say why.
        readOnly = true;
        m_prompts->showWarnings("Opened read-only",
                                {"CertPlan cannot write in the plan's folder (" + why.message +
                                 "), so the plan is open read-only: Save asks for another place."});
        return std::optional<safety::PlanLock>();
    }
    const std::string name = std::filesystem::path(path).filename().string();
    // A lock file nobody can read names no one: say so, and offer to remove it like a stale one.
    const bool unreadable = !why.holder || !why.holder->readable;
    const std::string holder = unreadable ? "an unreadable lock file (" + safety::lockPathFor(path) + ")"
                                          : why.holder->describe();
    switch (m_prompts->askLockedPlan(name, holder, why.stale || unreadable)) {
    case UserPrompts::LockChoice::OpenReadOnly:
        readOnly = true;
        return std::optional<safety::PlanLock>();
    case UserPrompts::LockChoice::TakeOver:
        if (auto forced = safety::PlanLock::acquire(path, true))
            return std::optional<safety::PlanLock>(std::move(*forced));
        else
            m_prompts->showError("Cannot take over " + name, forced.error().message);
        return std::nullopt;
    case UserPrompts::LockChoice::Cancel: break;
    }
    return std::nullopt;
}

bool FileController::confirmOverwriteIfChanged(const std::string& path)
{
    if (path != m_doc.path() || !m_stamp || !safety::changedSince(path, *m_stamp))
        return true;
    auto stamp = safety::stampFile(path);
    const std::optional<safety::FileStamp> now = stamp ? std::optional<safety::FileStamp>(*stamp) : std::nullopt;
    if (m_overwriteAccepted && now == *m_overwriteAccepted)
        return true; // this very version was already accepted for overwriting
    std::vector<std::string> changes;
    if (auto onDisk = readPlanFile(path))
        changes = safety::describePlanDiff(safety::describePlanChanges(m_doc.plan(), onDisk->plan));
    else if (std::filesystem::exists(path))
        changes.push_back("The file on disk no longer loads: " + onDisk.error().message);
    else
        changes.push_back("The file was deleted or moved.");
    if (m_prompts->askOverwriteChangedFile(documentName(), changes)) {
        m_overwriteAccepted = now;
        return true;
    }
    // They have seen this version on disk and kept theirs: focusing the window
    // again must not ask about the same version once more.
    m_keptOver = now;
    return false;
}

bool FileController::saveTo(const std::string& target)
{
    const std::string path = absolutePath(target);
    const bool sameFile = path == m_doc.path();
    if (sameFile && m_readOnly)
        return saveAs();
    std::optional<safety::PlanLock> newLock;
    // Our lock may have been taken over meanwhile (certplan-cli --force hands
    // it back when done; another window's Take Over does not).
    const auto holder = safety::readLock(path);
    const bool stillOurs = m_lock && holder && holder->token == m_lock->owner().token;
    if (!sameFile || !stillOurs) {
        auto lock = safety::PlanLock::acquire(path);
        if (!lock && lock.error().kind == safety::LockRefusal::Kind::Held) {
            m_prompts->showError("Cannot save " + std::filesystem::path(path).filename().string(),
                                 lock.error().message + "\n\nSave under another name, or close it there first.");
            return false;
        }
        if (lock)
            newLock = std::move(*lock);
    }
    // Asked without holding the folder (a question may stay open for minutes),
    // then checked again under it: certplan-cli rewriting the file right now
    // (even with --force) finishes first, and a version that appeared meanwhile
    // is asked about too.
    if (!confirmOverwriteIfChanged(path))
        return false;
    auto folder = safety::FolderMutex::lock(path);
    if (!folder) {
        m_prompts->showError("Cannot save", folder.error() + "\n\nThe previous file, if any, is unchanged.");
        return false;
    }
    if (!confirmOverwriteIfChanged(path))
        return false;
    m_overwriteAccepted.reset();
    auto saved = safety::savePlanKeepingBackups(m_doc.plan(), path, m_backupLevels);
    if (!saved) {
        m_prompts->showError("Cannot save", saved.error() + "\n\nThe previous file, if any, is unchanged.");
        return false;
    }
    if (newLock)
        m_lock = std::move(newLock);
    m_readOnly = false;
    auto stamp = safety::stampFile(path);
    m_stamp = stamp ? std::optional<safety::FileStamp>(*stamp) : std::nullopt;
    m_keptOver.reset();
    m_doc.setPath(path);
    m_doc.markSaved();
    if (m_onFileUsed)
        m_onFileUsed(path);
    return true;
}

bool FileController::save()
{
    if (m_doc.path().empty() || m_readOnly)
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
    return replaceInMemory(std::move(plan), true);
}

bool FileController::startBlank(Plan plan)
{
    return replaceInMemory(std::move(plan), false);
}

bool FileController::replaceInMemory(Plan plan, bool unsaved)
{
    if (!confirmDiscard())
        return false;
    // A new plan exists only in memory until saved; marked so before the
    // notification, or the window title would miss the modified marker.
    m_lock.reset();
    m_stamp.reset();
    m_keptOver.reset();
    m_readOnly = false;
    m_doc.replace(std::move(plan), {}, unsaved);
    return true;
}

bool FileController::openRecovered(Plan plan, const std::string& recordedPath)
{
    const std::string originalPath = recordedPath.empty() ? recordedPath : absolutePath(recordedPath);
    if (!confirmDiscard())
        return false;
    bool readOnly = false;
    std::optional<safety::PlanLock> lock;
    if (!originalPath.empty() && originalPath == m_doc.path() && (m_lock || m_readOnly)) {
        // Recovering the plan this window has open: its lock is already ours.
        lock = std::move(m_lock);
        readOnly = m_readOnly;
    } else if (!originalPath.empty() && std::filesystem::exists(originalPath)) {
        auto taken = lockForOpen(originalPath, readOnly);
        if (!taken)
            return false;
        lock = std::move(*taken);
        auto stamp = safety::stampFile(originalPath);
        m_stamp = stamp ? std::optional<safety::FileStamp>(*stamp) : std::nullopt;
    } else {
        m_stamp.reset();
    }
    m_lock = std::move(lock);
    m_readOnly = readOnly;
    m_keptOver.reset();
    m_doc.replace(std::move(plan), originalPath, true);
    return true;
}

void FileController::close()
{
    m_lock.reset();
    m_stamp.reset();
}

bool FileController::checkChangedOnDisk()
{
    const std::string path = m_doc.path();
    if (path.empty() || !m_stamp || !safety::changedSince(path, *m_stamp))
        return false;
    auto now = safety::stampFile(path);
    std::optional<safety::FileStamp> current = now ? std::optional<safety::FileStamp>(*now) : std::nullopt;
    if (current == m_keptOver && m_keptOver)
        return false;
    if (!current) {
        if (m_keptOver == m_stamp)
            return false; // already told that it is gone
        m_keptOver = m_stamp;
        m_prompts->showError(documentName() + " is no longer on disk",
                             "It was deleted or moved while open. Your plan is still here: save it to keep it.\n\n" + path);
        return false;
    }
    auto onDisk = readPlanFile(path);
    if (!onDisk) {
        m_keptOver = current;
        m_prompts->showError(documentName() + " changed on disk and no longer loads",
                             onDisk.error().format("error") + "\n\nYour plan is unchanged; saving it will overwrite that file (you will be asked).");
        return false;
    }
    const auto changes = safety::describePlanDiff(safety::describePlanChanges(m_doc.plan(), onDisk->plan));
    if (!m_prompts->askReloadChangedFile(documentName(), changes, m_doc.isModified())) {
        m_keptOver = current;
        return false;
    }
    return loadInto(path);
}

} // namespace certplan::present
