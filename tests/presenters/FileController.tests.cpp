// SPDX-License-Identifier: MIT
// Open, save, revert and new-plan decisions, with the user's answers scripted.
#include "commands/TaskEdits.h"
#include "io/IoTestSupport.h"
#include "io/PlanReader.h"
#include "presenters/FileController.h"
#include "presenters/PresenterFixtures.h"
#include "templating/BlankPlan.h"

using namespace certplan;
using namespace certplan::test;
using namespace certplan::present;
using Choice = UserPrompts::SaveChoice;

namespace {

struct Setup {
    ScratchDir dir;
    Document doc{samplePlan()};
    ScriptedPrompts prompts;
    FileController files{doc, prompts};
    std::vector<std::string> used; // recent files, newest last

    Setup()
    {
        files.setOnFileUsed([this](const std::string& p) { used.push_back(p); });
    }
    void edit()
    {
        Task c = *doc.plan().findTask("c");
        c.durationDays += 1;
        REQUIRE(doc.execute(editTask(doc.plan(), c)));
        REQUIRE(doc.isModified());
    }
    // A second plan on disk, different from the one open.
    std::string otherFile(const std::string& name = "other.certplan")
    {
        const std::string path = dir.file(name);
        REQUIRE(savePlanFile(oneTaskPlan(), path).ok());
        return path;
    }
};

} // namespace

TEST_CASE("Names and titles show the file and the modified marker", "[presenters][files]")
{
    Setup s;
    CHECK(s.files.documentName() == "Untitled plan");
    CHECK(s.files.windowTitle() == "Untitled plan \u2014 CertPlan");
    s.edit();
    CHECK(s.files.windowTitle() == "*Untitled plan \u2014 CertPlan");
    s.doc.setPath("/plans/acme.certplan");
    CHECK(s.files.documentName() == "acme.certplan");
    CHECK(s.files.windowTitle() == "*acme.certplan \u2014 CertPlan");
}

TEST_CASE("Save of an untitled plan asks where, adds the extension and marks it clean", "[presenters][files]")
{
    Setup s;
    s.edit();
    s.prompts.savePaths = {s.dir.file("acme")};
    REQUIRE(s.files.save());
    CHECK(s.prompts.suggestedNames == std::vector<std::string>{"Sample Org.certplan"});
    const std::string path = s.dir.file("acme.certplan");
    CHECK(s.doc.path() == path);
    CHECK_FALSE(s.doc.isModified());
    CHECK(s.used == std::vector<std::string>{path});
    CHECK(readBytes(path) == writePlanToString(s.doc.plan()));

    // Saving again goes straight to the file.
    s.edit();
    REQUIRE(s.files.save());
    CHECK(s.prompts.suggestedNames.size() == 1);
    CHECK_FALSE(s.doc.isModified());
    CHECK(readBytes(path) == writePlanToString(s.doc.plan()));
    CHECK(s.used.size() == 2);
}

TEST_CASE("Save as suggests the current name and can be cancelled", "[presenters][files]")
{
    Setup s;
    s.doc.setPath(s.dir.file("first.certplan"));
    s.edit();
    s.prompts.savePaths = {std::nullopt, s.dir.file("second.plan.xml")};
    CHECK_FALSE(s.files.saveAs());
    CHECK(s.doc.isModified());
    CHECK(s.doc.path() == s.dir.file("first.certplan"));
    REQUIRE(s.files.saveAs());
    CHECK(s.prompts.suggestedNames == std::vector<std::string>{"first.certplan", "first.certplan"});
    CHECK(s.doc.path() == s.dir.file("second.plan.xml")); // an extension the user chose is kept
    CHECK_FALSE(s.doc.isModified());
}

TEST_CASE("A save that fails says so and leaves the plan modified", "[presenters][files]")
{
    Setup s;
    s.edit();
    s.doc.setPath(s.dir.file("missing-folder/plan.certplan"));
    CHECK_FALSE(s.files.save());
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK(s.prompts.errors[0].first == "Cannot save");
    CHECK(s.prompts.errors[0].second.find("The previous file, if any, is unchanged.") != std::string::npos);
    CHECK(s.doc.isModified());
    CHECK(s.used.empty());
}

TEST_CASE("Opening a file replaces the plan and records it", "[presenters][files]")
{
    Setup s;
    const std::string path = s.otherFile();
    CountingListener l;
    s.doc.addListener(&l);
    REQUIRE(s.files.open(path));
    CHECK(s.prompts.askedSaveChanges.empty()); // nothing to lose
    CHECK(s.doc.plan() == oneTaskPlan());
    CHECK(s.doc.path() == path);
    CHECK_FALSE(s.doc.isModified());
    CHECK_FALSE(s.doc.canUndo());
    CHECK(s.used == std::vector<std::string>{path});
    CHECK(l.count == 1);
    CHECK(l.last.replaced);
    CHECK(s.files.windowTitle() == "other.certplan \u2014 CertPlan");
}

TEST_CASE("A file that fails to open leaves the current plan untouched", "[presenters][files]")
{
    Setup s;
    s.edit();
    const Plan before = s.doc.plan();
    // Break the third line of an otherwise good file.
    std::string text = writePlanToString(oneTaskPlan());
    const auto line3 = text.find('\n', text.find('\n') + 1) + 1;
    text.insert(line3, "  <info><oops></info>\n");
    const std::string bad = s.dir.file("bad.certplan");
    writeBytes(bad, text);
    s.prompts.saveChoices = {Choice::Discard};

    CHECK_FALSE(s.files.open(bad));
    REQUIRE(s.prompts.errors.size() == 1);
    CHECK(s.prompts.errors[0].first == "Cannot open bad.certplan");
    const std::string& msg = s.prompts.errors[0].second;
    INFO(msg);
    CHECK(msg.rfind("Line 3, column ", 0) == 0);
    CHECK(msg.size() > bad.size());
    CHECK(msg.compare(msg.size() - bad.size(), bad.size(), bad) == 0); // the full path, last
    CHECK(s.doc.plan() == before);
    CHECK(s.doc.path().empty());
    CHECK(s.doc.isModified()); // the user's edits are still unsaved
    CHECK(s.doc.canUndo());
    CHECK(s.used.empty());

    // A missing file has no position to show.
    s.prompts.saveChoices = {Choice::Discard};
    CHECK_FALSE(s.files.open(s.dir.file("nowhere.certplan")));
    REQUIRE(s.prompts.errors.size() == 2);
    CHECK(s.prompts.errors[1].second.rfind("Line ", 0) == std::string::npos);
    CHECK(s.doc.plan() == before);
}

TEST_CASE("Unsaved changes: cancel keeps them, discard drops them, save keeps them on disk", "[presenters][files]")
{
    Setup s;
    const std::string other = s.otherFile();
    s.edit();
    const Plan edited = s.doc.plan();

    s.prompts.saveChoices = {Choice::Cancel};
    CHECK_FALSE(s.files.open(other));
    CHECK(s.prompts.askedSaveChanges == std::vector<std::string>{"Untitled plan"});
    CHECK(s.doc.plan() == edited);

    s.prompts.saveChoices = {Choice::Discard};
    REQUIRE(s.files.open(other));
    CHECK(s.doc.plan() == oneTaskPlan());

    // Now edit the opened file and choose Save before opening another.
    Task t = s.doc.plan().tasks[0];
    t.name = "Changed";
    REQUIRE(s.doc.execute(editTask(s.doc.plan(), t)));
    const std::string third = s.otherFile("third.certplan");
    s.prompts.saveChoices = {Choice::Save};
    REQUIRE(s.files.open(third));
    auto reread = readPlanFile(other);
    REQUIRE(reread.ok());
    CHECK(reread->plan.tasks[0].name == "Changed");
    CHECK(s.used == std::vector<std::string>{other, other, third});

    // Save chosen for an untitled plan but the save dialog cancelled: nothing happens.
    s.files.replaceWith(samplePlan());
    s.prompts.saveChoices = {Choice::Save};
    s.prompts.savePaths = {std::nullopt};
    CHECK_FALSE(s.files.open(other));
    CHECK(s.doc.plan() == samplePlan());
}

TEST_CASE("Closing asks only when there is something to lose", "[presenters][files]")
{
    Setup s;
    CHECK(s.files.confirmDiscard());
    CHECK(s.prompts.askedSaveChanges.empty());
    s.edit();
    s.prompts.saveChoices = {Choice::Cancel, Choice::Discard};
    CHECK_FALSE(s.files.confirmDiscard());
    CHECK(s.files.confirmDiscard());
    CHECK(s.prompts.askedSaveChanges.size() == 2);
    // Undoing back to the saved state means nothing is lost.
    s.doc.undo();
    CHECK(s.files.confirmDiscard());
    CHECK(s.prompts.askedSaveChanges.size() == 2);
}

TEST_CASE("Open with a prompt for the path", "[presenters][files]")
{
    Setup s;
    const std::string other = s.otherFile();
    s.prompts.openPaths = {std::nullopt, other};
    CHECK_FALSE(s.files.openWithPrompt());
    CHECK(s.doc.plan() == samplePlan());
    REQUIRE(s.files.openWithPrompt());
    CHECK(s.doc.plan() == oneTaskPlan());
    CHECK(s.doc.path() == other);
}

TEST_CASE("Revert reloads the saved file after confirming", "[presenters][files]")
{
    Setup s;
    CHECK_FALSE(s.files.revert()); // no file yet
    const std::string path = s.dir.file("plan.certplan");
    s.prompts.savePaths = {path};
    REQUIRE(s.files.saveAs());
    const Plan saved = s.doc.plan();
    CHECK_FALSE(s.files.revert()); // nothing to revert
    CHECK(s.prompts.confirmQuestions.empty());

    s.edit();
    s.prompts.confirmations = {false, true};
    CHECK_FALSE(s.files.revert());
    CHECK(s.doc.isModified());
    CHECK(s.prompts.confirmQuestions ==
          std::vector<std::string>{"Discard all changes since plan.certplan was last saved?"});
    REQUIRE(s.files.revert());
    CHECK(s.doc.plan() == saved);
    CHECK_FALSE(s.doc.isModified());
    CHECK_FALSE(s.doc.canUndo());
    CHECK(s.doc.path() == path);
}

TEST_CASE("A new plan replaces the current one unsaved", "[presenters][files]")
{
    Setup s;
    s.doc.setPath("/plans/old.certplan");
    s.edit();
    s.prompts.saveChoices = {Choice::Cancel, Choice::Discard};
    CHECK_FALSE(s.files.replaceWith(oneTaskPlan()));
    CHECK(s.doc.plan().tasks.size() == 6);
    REQUIRE(s.files.replaceWith(oneTaskPlan()));
    CHECK(s.doc.plan() == oneTaskPlan());
    CHECK(s.doc.path().empty());
    CHECK(s.doc.isModified()); // exists only in memory until saved
    CHECK(s.files.windowTitle() == "*Untitled plan \u2014 CertPlan");
    CHECK(s.prompts.askedSaveChanges == std::vector<std::string>{"old.certplan", "old.certplan"});
    // Suggested file name comes from the organization, or "plan" without one.
    s.prompts.savePaths = {std::nullopt};
    CHECK_FALSE(s.files.save());
    CHECK(s.prompts.suggestedNames.back() == "plan.certplan");

    // An organization name is not always a valid file name.
    Plan named = oneTaskPlan();
    named.info.organization = "R&D / Ops: \"Core\"";
    s.prompts.saveChoices = {Choice::Discard};
    REQUIRE(s.files.replaceWith(named));
    s.prompts.savePaths = {std::nullopt};
    CHECK_FALSE(s.files.saveAs());
    CHECK(s.prompts.suggestedNames.back() == "R&D - Ops- -Core-.certplan");
}

namespace {

// What a window would show as its title each time the plan changes.
class TitleWatcher : public PlanListener {
public:
    explicit TitleWatcher(const FileController& f) : files(f) {}
    void planChanged(const ChangeSet&) override { titles.push_back(files.windowTitle()); }
    const FileController& files;
    std::vector<std::string> titles;
};

} // namespace

TEST_CASE("Listeners see the right title when the plan is replaced", "[presenters][files]")
{
    Setup s;
    const std::string other = s.otherFile();
    TitleWatcher watcher(s.files);
    s.doc.addListener(&watcher);
    REQUIRE(s.files.replaceWith(oneTaskPlan()));
    s.prompts.saveChoices = {Choice::Discard};
    REQUIRE(s.files.open(other));
    CHECK(watcher.titles == std::vector<std::string>{"*Untitled plan \u2014 CertPlan", "other.certplan \u2014 CertPlan"});
}

TEST_CASE("Another prompt object can take over", "[presenters][files]")
{
    Setup s;
    s.edit();
    ScriptedPrompts other;
    other.saveChoices = {Choice::Cancel};
    s.files.setPrompts(other);
    CHECK_FALSE(s.files.confirmDiscard());
    CHECK(other.askedSaveChanges.size() == 1);
    CHECK(s.prompts.askedSaveChanges.empty());
}

TEST_CASE("A file that opens with warnings shows them after opening", "[presenters][files]")
{
    Setup s;
    std::string text = writePlanToString(oneTaskPlan());
    const auto at = text.find("<task id=\"t1\"");
    REQUIRE(at != std::string::npos);
    text.insert(at + 5, " colour=\"red\"");
    const std::string path = s.dir.file("newer.certplan");
    writeBytes(path, text);
    REQUIRE(s.files.open(path));
    CHECK(s.doc.plan() == oneTaskPlan());
    REQUIRE(s.prompts.warnings.size() == 1);
    REQUIRE(s.prompts.warnings[0].size() == 1);
    INFO(s.prompts.warnings[0][0]);
    CHECK(s.prompts.warnings[0][0].rfind(path + ":", 0) == 0);
    CHECK(s.prompts.warnings[0][0].find("warning: ") != std::string::npos);
    CHECK(s.prompts.warnings[0][0].find("colour") != std::string::npos);
}

TEST_CASE("A new blank plan is not modified until edited, closes without a question and Save asks for a path",
          "[presenters][files]")
{
    Setup s;
    s.doc.setPath("/plans/old.certplan");
    s.edit();
    s.prompts.saveChoices = {Choice::Cancel, Choice::Discard};
    const Plan blank = blankPlan(Date(2027, 1, 9));
    CHECK_FALSE(s.files.startBlank(blank)); // the unsaved work is asked about first
    CHECK(s.doc.plan().tasks.size() == 6);
    REQUIRE(s.files.startBlank(blank));
    CHECK(s.doc.plan() == blank);
    CHECK(s.doc.path().empty());
    CHECK_FALSE(s.doc.isModified());
    CHECK_FALSE(s.doc.canUndo());
    CHECK(s.files.windowTitle() == "Untitled plan \u2014 CertPlan");
    CHECK(s.files.confirmDiscard()); // nothing to lose: no question
    CHECK(s.prompts.askedSaveChanges.size() == 2);
    // The first edit marks it; Save then asks where, as for any plan without a file.
    Task t;
    t.id = "t1";
    t.name = "Erste Aufgabe";
    t.durationDays = 2;
    REQUIRE(s.doc.execute(insertTask(s.doc.plan(), 0, 0, t)));
    CHECK(s.doc.isModified());
    const std::string path = s.dir.file("blank.certplan");
    s.prompts.savePaths = {path};
    REQUIRE(s.files.save());
    CHECK(s.prompts.suggestedNames.back() == "plan.certplan");
    CHECK(s.doc.path() == path);
    CHECK_FALSE(s.doc.isModified());
    auto back = readPlanFile(path);
    REQUIRE(back);
    CHECK(back->plan == s.doc.plan());
}
