# Warnings for every target of ours (STYLE §11); third-party headers come in as SYSTEM.
add_library(sd_warnings INTERFACE)
target_compile_options(sd_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough -Wdouble-promotion
  -Wfloat-equal)
# g++ 12 reports false -Wrestrict overlaps inside libstdc++ for "literal" + std::string at -O2
# and above (GCC bug 105329); the warning says nothing about our code there.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(sd_warnings INTERFACE -Wno-restrict)
endif()
if(SD_WERROR)
  target_compile_options(sd_warnings INTERFACE -Werror)
endif()
if(SD_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
