# Builds one probe target and checks the verdict:
#   EXPECT=refused   the build fails with a compiler error on the probe's PROBE-LINE
#   EXPECT=accepted  the build succeeds
# Run by CTest as: cmake -DBUILD_DIR=... -DTARGET=... -DSOURCE=... -DEXPECT=... -P check_probe.cmake
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${TARGET}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(EXPECT STREQUAL "accepted")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${TARGET}: the explicit UTF-8 conversions must compile, but:\n${all}")
  endif()
  message(STATUS "${TARGET}: compiles, as it should")
  return()
endif()
if(rc EQUAL 0)
  message(FATAL_ERROR "${TARGET}: a narrow string reached wx without conversion and it compiled. "
                      "wxNO_IMPLICIT_WXSTRING_ENCODING must stay defined for every wx target.")
endif()
file(STRINGS ${SOURCE} lines ENCODING UTF-8)
set(n 0)
set(probeLine 0)
foreach(l IN LISTS lines)
  math(EXPR n "${n} + 1")
  if(l MATCHES "PROBE-LINE")
    set(probeLine ${n})
  endif()
endforeach()
get_filename_component(name ${SOURCE} NAME)
# A direct conversion errs on the line; a printf argument errs inside wx's
# headers, "required from here" on the line.
if(NOT all MATCHES "${name}:${probeLine}:[0-9]+: +(error:|required from here)")
  message(FATAL_ERROR "${TARGET}: the build failed, but not on ${name}:${probeLine}:\n${all}")
endif()
message(STATUS "${TARGET}: refused at ${name}:${probeLine}, as it should")
