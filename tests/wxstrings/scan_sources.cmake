# The compiler refuses implicit narrow -> wx conversions; this scan refuses the
# explicit ones that are not UTF-8: wx's ASCII and locale converters would turn
# "—" into nothing again, and undefining the guard would switch the check off.
# Run by CTest as: cmake -DROOTS="dir;dir" -P scan_sources.cmake
set(bad_patterns
  "wxASCII_STR[ ]*\\("
  "FromAscii[ ]*\\("
  "wxConvLibc"
  "wxConvLocal"
  "wxConvCurrent"
  "wxConvISO8859_1"
  "#[ ]*undef[ ]+wxNO_IMPLICIT_WXSTRING_ENCODING"
  "wxUSE_UTF8_LOCALE_ONLY")
set(found "")
foreach(root IN LISTS ROOTS)
  file(GLOB_RECURSE files ${root}/*.cpp ${root}/*.h)
  foreach(f IN LISTS files)
    file(STRINGS ${f} lines ENCODING UTF-8)
    set(n 0)
    foreach(l IN LISTS lines)
      math(EXPR n "${n} + 1")
      foreach(p IN LISTS bad_patterns)
        if(l MATCHES "${p}")
          string(APPEND found "${f}:${n}: ${l}\n")
        endif()
      endforeach()
      # Canvas text goes through drawCanvasText (views/CanvasText.h), which the GUI smoke test observes.
      if(l MATCHES "DrawText[ ]*\\(" AND NOT l MATCHES "drawCanvasText" AND NOT f MATCHES "CanvasText\\.(cpp|h)$")
        string(APPEND found "${f}:${n}: ${l}  (use drawCanvasText)\n")
      endif()
    endforeach()
  endforeach()
endforeach()
if(found)
  message(FATAL_ERROR "Narrow text converted to wx by a non-UTF-8 route (use wx() or \"...\"_wx from WxConvert.h):\n${found}")
endif()
message(STATUS "no non-UTF-8 conversion to wx text in: ${ROOTS}")
