# CTest splits a list at ';', so a Catch test name with a semicolon becomes two
# CTest entries whose halves match no test and pass without running anything.
# Run by CTest as: cmake -DROOT=tests -P check_test_names.cmake
file(GLOB_RECURSE files ${ROOT}/*.cpp)
set(found "")
foreach(f IN LISTS files)
  file(STRINGS ${f} lines ENCODING UTF-8 REGEX "TEST_CASE\\(\"")
  foreach(l IN LISTS lines)
    if(l MATCHES "TEST_CASE\\(\"[^\"]*\\;")
      string(APPEND found "${f}: ${l}\n")
    endif()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "Test names with ';' (CTest would split them):\n${found}")
endif()
