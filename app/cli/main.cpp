// SPDX-License-Identifier: MIT
// certplan-cli: the headless front end over the model.
#include "CliSupport.h"

#include "util/TerminalText.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv)
{
    using namespace certplan::cli;
    CLI::App app{"CertPlan: plan and track ISO/IEC 20000-1 certification from the command line.\n"
                 "Exit codes: 0 ok, 1 invalid input (a plan that fails to load or check), 2 usage error.",
                 "certplan-cli"};
    app.set_version_flag("--version", std::string("certplan-cli ") + CERTPLAN_VERSION);
    app.require_subcommand(1);
    app.fallthrough(false);
    registerValidate(app);
    registerShow(app);
    registerNew(app);
    registerTemplates(app);
    registerFormat(app);
    registerGap(app);
    registerAudits(app);
    registerAuditTime(app);
    registerNcs(app);
    registerSchedule(app);
    registerResources(app);
    registerBaseline(app);
    registerDocuments(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e); // prints the message and a pointer to --help on stderr
        return kUsage;
    } catch (const Exit& e) {
        return e.code;
    } catch (const std::exception& e) {
        // Nothing the model throws may end the process with "terminate called":
        // say what went wrong and report invalid input.
        std::cout.flush();
        std::cerr << "certplan-cli: error: " << certplan::terminalSafe(e.what()) << '\n';
        return kInvalidInput;
    } catch (...) {
        std::cout.flush();
        std::cerr << "certplan-cli: error: unexpected failure\n";
        return kInvalidInput;
    }
    return kOk;
}
