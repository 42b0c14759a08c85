# Warnings for every target of ours (STYLE §11); third-party headers come in as SYSTEM.
add_library(sd_warnings INTERFACE)
target_compile_options(sd_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual -Wimplicit-fallthrough -Wdouble-promotion
  -Wfloat-equal)
if(SD_WERROR)
  target_compile_options(sd_warnings INTERFACE -Werror)
endif()
if(SD_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
