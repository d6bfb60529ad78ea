// SPDX-License-Identifier: MIT
// Every file CertPlan saves validates against model/io/schema/certplan-1.xsd.
#include "io/IoTestSupport.h"
#include "io/PlanWriter.h"
#include "model/PlanBuilders.h"

using namespace certplan;
using namespace certplan::test;

namespace {

void requireValid(const Plan& p, const std::string& name)
{
    ScratchDir dir;
    const std::string path = dir.file(name);
    REQUIRE(savePlanFile(p, path).ok());
    const CommandOutput r = xmllintValidate(path);
    INFO(r.output);
    CHECK(r.exitCode == 0);
    CHECK(contains(r.output, "validates"));
}

} // namespace

TEST_CASE("A saved plan with every field set validates against the XSD", "[io][schema]")
{
    requireValid(fullPlan(), "full.certplan");
}

TEST_CASE("A saved minimal plan validates against the XSD", "[io][schema]")
{
    requireValid(minimalPlan(), "minimal.certplan");
}

TEST_CASE("Every good fixture, once saved, validates against the XSD", "[io][schema]")
{
    for (const std::string name : {"show-sample.certplan", "minimal.certplan", "templates/test-journey.certplan",
                                   "unknown-element-and-attribute.certplan"}) {
        INFO(name);
        const LoadResult r = readPlanFile(goodFile(name));
        REQUIRE(r.ok());
        requireValid(r->plan, "resaved.certplan");
    }
}

TEST_CASE("xmllint really checks the schema: a file with an unknown element fails it", "[io][schema]")
{
    // Without this, a broken xmllint call would make every schema test pass.
    const CommandOutput r = xmllintValidate(goodFile("unknown-element-and-attribute.certplan"));
    CHECK(r.exitCode != 0);
    CHECK(contains(r.output, "dashboards"));
}
