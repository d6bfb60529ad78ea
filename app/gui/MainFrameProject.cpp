// SPDX-License-Identifier: MIT
// The Project menu: the status date and baselines, as MS Project's Project
// tab has them (Status Date, Set Baseline, Clear Baseline) and its Tracking
// Gantt's variance table. Each change to the plan is one undoable command;
// choosing the compared baseline is a view setting, like Project's table.
#include "MainFrame.h"

#include "WxConvert.h"
#include "commands/BaselineCommands.h"
#include "commands/StatusDate.h"
#include "dialogs/BaselineDialogs.h"
#include "dialogs/StatusDateDialog.h"
#include "views/PlanView.h"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace certplan::gui {

void MainFrame::projectCommand(int id)
{
    const Plan& plan = m_doc.plan();
    switch (id) {
    case ID_StatusDate: {
        StatusDateDialog dlg(this, plan.info.statusDate, m_planView->calendar(), dateFormat());
        if (dlg.ShowModal() == wxID_OK)
            runEdit(setStatusDate(plan, dlg.date()));
        return;
    }
    case ID_SetBaseline: {
        if (!m_doc.hasSchedule()) {
            m_prompts->showError("Set Baseline", "The plan cannot be scheduled (" + m_doc.scheduleError() +
                                                     "), so there are no dates to keep in a baseline.");
            return;
        }
        // Dated like `certplan-cli baseline --save`: the status date, else today.
        const Date saved = plan.info.statusDate ? *plan.info.statusDate : boost::gregorian::day_clock::local_day();
        SetBaselineDialog dlg(this, plan.baselines, saved, dateFormat());
        if (dlg.ShowModal() == wxID_OK)
            runEdit(saveBaselineNamed(plan, m_doc.schedule(), dlg.name(), saved));
        return;
    }
    case ID_CompareBaseline: {
        // Offered first: the one compared, else the one the chart draws until one is chosen.
        const Baseline* drawn = m_planView->shownBaseline();
        const std::string current = !m_planView->comparedBaseline().empty() ? m_planView->comparedBaseline()
                                    : drawn                                  ? drawn->name
                                                                             : std::string();
        ChooseBaselineDialog dlg(this, "Compare to Baseline"_wx,
                                 wx(plan.baselines.empty()
                                        ? std::string("This plan has no baseline yet: Project > Set Baseline saves one.")
                                        : std::string("The grid shows the chosen baseline's start and finish and each "
                                                      "task's variance in working days (+ is later); the chart "
                                                      "draws its bars under the live ones.")),
                                 plan.baselines, true, current, dateFormat());
        if (dlg.ShowModal() == wxID_OK)
            m_planView->compareBaseline(dlg.chosen());
        return;
    }
    case ID_DeleteBaseline: {
        if (plan.baselines.empty()) {
            m_prompts->showError("Delete Baseline", "This plan has no baseline to delete.");
            return;
        }
        ChooseBaselineDialog dlg(this, "Delete Baseline"_wx,
                                 "The baseline is removed from the plan; Edit > Undo brings it back."_wx, plan.baselines,
                                 false, m_planView->comparedBaseline(), dateFormat());
        if (dlg.ShowModal() == wxID_OK)
            runEdit(deleteBaseline(plan, dlg.chosen()));
        return;
    }
    default: return;
    }
}

} // namespace certplan::gui
