// SPDX-License-Identifier: MIT
// The Audits tab of the real main window: Plan Next Cycle's Audits on a
// certificate whose body asks for a recertification stage 1 (R16) adds it,
// and the programme list shows it in its slot.

#include "GuiTestSupport.h"
#include "MainFrame.h"
#include "SelectionEvents.h"
#include "TestPaths.h"
#include "io/PlanReader.h"
#include "io/PlanWriter.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/listctrl.h>

#include <algorithm>
#include <fstream>
#include <string>

using namespace certplan;
using namespace certplan::gui;
using certplan::test::findAll;
using certplan::test::pump;
using certplan::test::pumpUntil;
using certplan::test::ScriptedPrompts;
using certplan::test::TempDir;

namespace {

std::string utf8(const wxString& s)
{
    return std::string(s.utf8_str());
}

// The programme list: the list control whose second column is "Event".
wxListCtrl* programmeList(wxWindow* root)
{
    for (wxListCtrl* l : findAll<wxListCtrl>(root)) {
        wxListItem col;
        col.SetMask(wxLIST_MASK_TEXT);
        if (l->GetColumnCount() > 1 && l->GetColumn(1, col) && utf8(col.GetText()) == "Event")
            return l;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Plan Next Cycle's Audits adds the recertification stage 1 and the Audits tab lists it", "[gui][audits]")
{
    auto loaded = readPlanFile(certplan::test::dataPath("cases/lifecycle/recert-stage1.certplan"));
    REQUIRE(loaded);
    Plan plan = loaded->plan;
    plan.audits.erase(std::remove_if(plan.audits.begin(), plan.audits.end(), [](const Audit& a) { return a.cycle == 2; }),
                      plan.audits.end());
    TempDir dir("gui-recert-stage1");
    const std::string path = dir.file("recert-stage1.certplan");
    std::ofstream(path, std::ios::binary) << writePlanToString(plan);

    ScriptedPrompts prompts;
    MainFrame* frame = new MainFrame();
    frame->setPrompts(&prompts);
    frame->SetSize(wxSize(1400, 900));
    frame->Show();
    pump(50);
    REQUIRE(frame->openFile(path));
    pump(50);

    wxButton* next = nullptr;
    for (wxButton* b : findAll<wxButton>(frame))
        if (utf8(b->GetLabel()).find("Next Cycle") != std::string::npos)
            next = b;
    REQUIRE(next);
    wxCommandEvent click(wxEVT_BUTTON, next->GetId());
    click.SetEventObject(next);
    next->GetEventHandler()->ProcessEvent(click);
    pump(50);
    CHECK(prompts.errors.empty());

    const Audit* stage1 = frame->document().plan().findAudit("c2-recert-stage1");
    REQUIRE(stage1);
    CHECK(stage1->type == AuditType::Stage1);
    CHECK(stage1->cycle == 2);
    REQUIRE(stage1->planned);
    CHECK(formatIsoDate(*stage1->planned) == "2033-03-18");

    wxListCtrl* list = programmeList(frame);
    REQUIRE(list);
    long row = -1;
    for (long r = 0; r < list->GetItemCount(); ++r)
        if (utf8(list->GetItemText(r, 1)) == "Recertification stage 1 (cycle 2) [c2-recert-stage1]")
            row = r;
    REQUIRE(row >= 0);
    CHECK(utf8(list->GetItemText(row, 2)) == "2032-12-30"); // window opens with the recertification window
    CHECK(utf8(list->GetItemText(row, 3)) == "2033-04-28"); // the day before c2-recert (2033-04-29) // and closes the day before it does
    CHECK(utf8(list->GetItemText(row, 5)) == "ok");

    frame->Destroy();
    pump(30);
}
