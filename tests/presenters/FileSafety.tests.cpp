// SPDX-License-Identifier: MIT
// The window's side of "never lose work": the lock while a plan is open (second
// window, stale lock, read-only), backups on save, and the questions when the
// file changed on disk, with the user's answers scripted.
#include "commands/TaskEdits.h"
#include "io/IoTestSupport.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"
#include "presenters/FileController.h"
#include "presenters/PresenterFixtures.h"
#include "safety/Backups.h"
#include "safety/PlanLock.h"
#include "safety/ProcessIdentity.h"

#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;
using Lock = UserPrompts::LockChoice;

namespace {

struct Window {
    Document doc{samplePlan()};
    ScriptedPrompts prompts;
    FileController files{doc, prompts};
    void edit()
    {
        Task c = *doc.plan().findTask("c");
        c.durationDays += 1;
        REQUIRE(doc.execute(editTask(doc.plan(), c)));
    }
};

std::string bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Someone else's version of the file: a task added, one renamed.
void changeOnDisk(const std::string& path, const std::string& newTask)
{
    auto loaded = readPlanFile(path);
    REQUIRE(loaded);
    Plan p = loaded->plan;
    p.tasks.push_back(plainTask(newTask, "Added as " + newTask, 0, 2));
    p.tasks.front().name = "Renamed elsewhere";
    REQUIRE(savePlanFile(p, path).ok());
}

// The sample plan saved as plan.certplan in a scratch folder of its own.
struct SavedPlan {
    ScratchDir dir;
    std::string path = dir.file("plan.certplan");
    SavedPlan() { REQUIRE(savePlanFile(samplePlan(), path).ok()); }
};

bool mentions(const std::vector<std::string>& lines, const std::string& what)
{
    for (const auto& l : lines)
        if (l.find(what) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("An open plan is locked, a second window is told who has it and may open it read-only", "[presenters][files][safety]")
{
    const SavedPlan saved;
    const std::string& path = saved.path;

    Window first;
    REQUIRE(first.files.open(path));
    REQUIRE(safety::readLock(path));
    CHECK(safety::readLock(path)->pid == safety::currentPid());

    Window second;
    SECTION("cancel keeps the second window's plan")
    {
        second.prompts.lockChoices = {Lock::Cancel};
        CHECK_FALSE(second.files.open(path));
        CHECK(second.doc.path().empty());
        REQUIRE(second.prompts.lockQuestions.size() == 1);
        CHECK(second.prompts.lockQuestions[0].first.find(safety::currentUser()) != std::string::npos);
        CHECK_FALSE(second.prompts.lockQuestions[0].second); // our own process: alive, not stale
    }
    SECTION("read-only: the title says so and Save asks for another name")
    {
        second.prompts.lockChoices = {Lock::OpenReadOnly};
        REQUIRE(second.files.open(path));
        CHECK(second.files.isReadOnly());
        CHECK(second.files.windowTitle() == "plan.certplan [read-only] \u2014 CertPlan");
        second.edit();
        const std::string before = bytesOf(path);
        second.prompts.savePaths = {saved.dir.file("copy.certplan")};
        REQUIRE(second.files.save());
        CHECK(bytesOf(path) == before);
        CHECK(second.doc.path() == saved.dir.file("copy.certplan"));
        CHECK_FALSE(second.files.isReadOnly());
        CHECK(safety::readLock(saved.dir.file("copy.certplan")));
    }
    SECTION("take over: the lock is the second window's")
    {
        const std::string firstToken = safety::readLock(path)->token;
        second.prompts.lockChoices = {Lock::TakeOver};
        REQUIRE(second.files.open(path));
        CHECK_FALSE(second.files.isReadOnly());
        CHECK(safety::readLock(path)->token != firstToken);
        first.files.close(); // the first window's lock is no longer its to remove
        CHECK(safety::readLock(path));
    }
    second.files.close();
    first.files.close();
}

TEST_CASE("Closing releases the lock, a stale lock is offered for removal", "[presenters][files][safety]")
{
    const SavedPlan saved;
    const std::string& path = saved.path;
    {
        Window w;
        REQUIRE(w.files.open(path));
        w.files.close();
        CHECK_FALSE(safety::readLock(path));
    }
    // A process of this host that held the lock and died (kill -9: no clean-up).
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto lock = safety::PlanLock::acquire(path);
        if (lock)
            std::quick_exit(0); // no destructor: the lock file stays behind
        std::quick_exit(1);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(safety::readLock(path));

    Window w;
    w.prompts.lockChoices = {Lock::TakeOver};
    REQUIRE(w.files.open(path));
    REQUIRE(w.prompts.lockQuestions.size() == 1);
    CHECK(w.prompts.lockQuestions[0].second); // stale
    CHECK(safety::readLock(path)->pid == safety::currentPid());
    w.files.close();
}

TEST_CASE("Every save keeps the previous version beside the file", "[presenters][files][safety]")
{
    const SavedPlan saved;
    const std::string& path = saved.path;
    const std::string original = bytesOf(path);
    Window w;
    REQUIRE(w.files.open(path));
    w.edit();
    REQUIRE(w.files.save());
    CHECK(bytesOf(safety::backupPathFor(path, 1)) == original);
    const std::string firstSave = bytesOf(path);
    w.edit();
    SECTION("one level by default")
    {
        REQUIRE(w.files.save());
        CHECK(bytesOf(safety::backupPathFor(path, 1)) == firstSave);
        CHECK_FALSE(std::filesystem::exists(safety::backupPathFor(path, 2)));
    }
    SECTION("more when configured")
    {
        w.files.setBackupLevels(3);
        REQUIRE(w.files.save());
        CHECK(bytesOf(safety::backupPathFor(path, 1)) == firstSave);
        CHECK(bytesOf(safety::backupPathFor(path, 2)) == original);
    }
    w.files.close();
}

TEST_CASE("Saving over a file changed on disk asks first and shows what changed", "[presenters][files][safety]")
{
    const SavedPlan saved;
    const std::string& path = saved.path;
    Window w;
    REQUIRE(w.files.open(path));
    w.edit();
    changeOnDisk(path, "elsewhere");
    const std::string theirs = bytesOf(path);

    w.prompts.overwriteAnswers = {false};
    CHECK_FALSE(w.files.save());
    CHECK(bytesOf(path) == theirs);
    CHECK(w.doc.isModified());
    REQUIRE(w.prompts.overwriteQuestions.size() == 1);
    const auto& shown = w.prompts.overwriteQuestions[0];
    CHECK(mentions(shown, "Added as elsewhere")); // the task they added (missing from ours)
    CHECK(mentions(shown, "Renamed elsewhere")); // the task they renamed

    CHECK_FALSE(w.files.checkChangedOnDisk()); // seen when saving: no reload question for the same version
    CHECK(w.prompts.reloadQuestions.empty());

    w.prompts.overwriteAnswers = {true};
    REQUIRE(w.files.save());
    CHECK(bytesOf(path) != theirs);
    CHECK(bytesOf(safety::backupPathFor(path, 1)) == theirs); // their version is the backup
    CHECK_FALSE(w.doc.isModified());
    // Saved: the file is ours again, the next save asks nothing.
    w.edit();
    REQUIRE(w.files.save());
    CHECK(w.prompts.overwriteQuestions.size() == 2);
    w.files.close();
}

TEST_CASE("Regaining focus notices a changed file once per version and can reload it", "[presenters][files][safety]")
{
    const SavedPlan saved;
    const std::string& path = saved.path;
    Window w;
    REQUIRE(w.files.open(path));

    CHECK_FALSE(w.files.checkChangedOnDisk()); // nothing changed
    // Touching the file without changing it is not a change.
    std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now() + std::chrono::seconds(5));
    CHECK_FALSE(w.files.checkChangedOnDisk());
    CHECK(w.prompts.reloadQuestions.empty());

    changeOnDisk(path, "first");
    w.prompts.reloadAnswers = {false};
    CHECK_FALSE(w.files.checkChangedOnDisk());
    CHECK(w.prompts.reloadQuestions.size() == 1);
    CHECK(mentions(w.prompts.reloadQuestions[0], "Added as first"));
    CHECK_FALSE(w.files.checkChangedOnDisk()); // the same version: not asked again
    CHECK(w.prompts.reloadQuestions.size() == 1);

    changeOnDisk(path, "second");
    w.prompts.reloadAnswers = {true};
    CHECK(w.files.checkChangedOnDisk());
    CHECK(w.doc.plan().findTask("second"));
    CHECK_FALSE(w.doc.isModified());
    CHECK(safety::readLock(path)->pid == safety::currentPid()); // reloading keeps our lock
    CHECK_FALSE(w.files.checkChangedOnDisk());

    std::filesystem::remove(path);
    CHECK_FALSE(w.files.checkChangedOnDisk());
    REQUIRE(w.prompts.errors.size() == 1);
    CHECK(w.prompts.errors[0].first.find("no longer on disk") != std::string::npos);
    CHECK_FALSE(w.files.checkChangedOnDisk()); // told once
    CHECK(w.prompts.errors.size() == 1);
    w.files.close();
}

TEST_CASE("A recovered plan opens unsaved over its file, which stays untouched until saved", "[presenters][files][safety]")
{
    ScratchDir dir;
    const std::string path = dir.file("plan.certplan");
    REQUIRE(savePlanFile(oneTaskPlan(), path).ok());
    const std::string original = bytesOf(path);
    Window w;
    REQUIRE(w.files.openRecovered(samplePlan(), path));
    CHECK(w.doc.isModified());
    CHECK(w.doc.path() == path);
    CHECK(w.files.windowTitle() == "*plan.certplan \u2014 CertPlan");
    CHECK(bytesOf(path) == original);
    CHECK(safety::readLock(path));
    REQUIRE(w.files.save());
    CHECK(readPlanFile(path)->plan.findTask("c"));
    w.files.close();
}
