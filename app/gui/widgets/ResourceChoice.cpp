// SPDX-License-Identifier: MIT
#include "widgets/ResourceChoice.h"

#include "WxConvert.h"

namespace certplan::gui {

wxChoice* resourceChoice(wxWindow* parent, const Plan& plan, const std::string& selected, const wxString& nobody)
{
    auto* c = new wxChoice(parent, wxID_ANY);
    c->Append(nobody);
    c->SetSelection(0);
    for (std::size_t k = 0; k < plan.resources.size(); ++k) {
        c->Append(wx(plan.resources[k].name));
        if (!selected.empty() && plan.resources[k].id == selected)
            c->SetSelection(static_cast<int>(k) + 1);
    }
    return c;
}

std::string resourceAt(const wxChoice* choice, const Plan& plan)
{
    const int o = choice->GetSelection();
    return o <= 0 || o > static_cast<int>(plan.resources.size()) ? std::string()
                                                                 : plan.resources[static_cast<std::size_t>(o - 1)].id;
}

} // namespace certplan::gui
