// SPDX-License-Identifier: MIT
// Raise Nonconformity: picking the audit that raised the finding sets the new
// sources (scope extension, special audit) and the audit's certificate.

#include "GuiTestSupport.h"
#include "WxConvert.h"
#include "dialogs/NonconformityDialog.h"
#include "widgets/DateField.h"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/textctrl.h>
#include <wx/frame.h>

using namespace certplan;
using namespace certplan::gui;

namespace {

Plan planWithAudits()
{
    Plan p;
    p.info.start = Date(2027, 1, 4);
    for (const char* id : {"itsm", "isms"}) {
        Certificate c;
        c.id = id;
        c.standard = "ISO/IEC 20000-1";
        p.certificates.push_back(c);
    }
    Audit sp;
    sp.id = "sp";
    sp.certificate = "itsm";
    sp.type = AuditType::Special;
    Audit ext;
    ext.id = "ext";
    ext.certificate = "isms";
    ext.type = AuditType::ScopeExtension;
    ext.planned = Date(2028, 3, 1);
    p.audits = {sp, ext};
    return p;
}

// The "Raised at audit" choice: a dash, then one line per audit.
wxChoice* auditChoice(wxWindow& dlg)
{
    for (wxWindow* w : dlg.GetChildren())
        if (auto* c = dynamic_cast<wxChoice*>(w); c && c->GetCount() == 3 && c->GetString(2).StartsWith("ext: "_wx))
            return c;
    return nullptr;
}

void choose(wxChoice& c, int k)
{
    c.SetSelection(k);
    wxCommandEvent e(wxEVT_CHOICE, c.GetId());
    e.SetInt(k);
    e.SetEventObject(&c);
    c.GetEventHandler()->ProcessEvent(e);
}

} // namespace

TEST_CASE("Raise Nonconformity takes the source and certificate from the audit picked", "[gui][nonconformity]")
{
    const Plan plan = planWithAudits();
    auto* frame = new wxFrame(nullptr, wxID_ANY, "test"_wx);
    {
        NonconformityDialog dlg(frame, plan, present::DateFormat());
        wxChoice* audits = auditChoice(dlg);
        REQUIRE(audits);
        CHECK(audits->GetString(2) == "ext: Scope extension audit 2028-03-01"_wx);
        // Nothing picked: an internal audit finding of the first certificate.
        Nonconformity none = dlg.nonconformity();
        CHECK(none.source == NcSource::InternalAudit);
        CHECK(none.audit.empty());
        CHECK(none.certificate == "itsm");

        choose(*audits, 2);
        const Nonconformity ext = dlg.nonconformity();
        CHECK(ext.source == NcSource::ScopeExtension);
        CHECK(ext.audit == "ext");
        CHECK(ext.certificate == "isms");

        // Not before the audit it comes from (ext starts 2028-03-01).
        DateField* raised = nullptr;
        for (wxWindow* w : dlg.GetChildren())
            if (auto* f = dynamic_cast<DateField*>(w); f && f->fieldName() == "Raised on")
                raised = f;
        REQUIRE(raised);
        raised->text()->SetValue("2028-02-01"_wx);
        CHECK_FALSE((dlg.Validate() && static_cast<wxWindow&>(dlg).TransferDataFromWindow()));
        raised->text()->SetValue("2028-03-02"_wx);
        CHECK(static_cast<wxWindow&>(dlg).TransferDataFromWindow());
        CHECK(dlg.nonconformity().raised == Date(2028, 3, 2));

        choose(*audits, 1);
        const Nonconformity sp = dlg.nonconformity();
        CHECK(sp.source == NcSource::Special);
        CHECK(sp.audit == "sp");
        CHECK(sp.certificate == "itsm");
    }
    frame->Destroy();
    certplan::test::pump();
}
