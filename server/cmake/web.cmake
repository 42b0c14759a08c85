# sd_web_assets_library(): the static library sd_web_assets, which defines the table declared in
# src/http/web_assets.h. With SD_WEB_DIST set to a built web/dist, every file there is pulled into
# the binary by an assembler `.incbin` (fast: no hex arrays for the compiler to parse), and text
# files (html, js, css, svg, json, ...) also get a gzip -9 copy when that is smaller. The file
# list is re-globbed on every build (CONFIGURE_DEPENDS) and each file is a dependency, so a new
# `npm run build` is picked up by the next `cmake --build`. With SD_WEB_DIST empty, the table is
# empty.
function(sd_web_assets_library)
  set(out_dir ${CMAKE_BINARY_DIR}/generated/web)
  set(gen ${PROJECT_SOURCE_DIR}/cmake/gen_web_assets.cmake)
  file(MAKE_DIRECTORY ${out_dir})
  if(SD_WEB_DIST)
    get_filename_component(dist "${SD_WEB_DIST}" ABSOLUTE BASE_DIR ${CMAKE_BINARY_DIR})
    if(NOT EXISTS ${dist}/index.html)
      message(FATAL_ERROR "SD_WEB_DIST=${SD_WEB_DIST} has no index.html: build web/ first")
    endif()
    file(GLOB_RECURSE files LIST_DIRECTORIES false CONFIGURE_DEPENDS ${dist}/*)
    # A removed file changes no input's time; this list (rewritten only when it changes) does.
    string(REPLACE ";" "\n" listing "${files}")
    file(CONFIGURE OUTPUT ${out_dir}/files.txt CONTENT "${listing}\n" @ONLY)
    add_custom_command(
      OUTPUT ${out_dir}/web_assets.cc ${out_dir}/web_assets.s
      COMMAND ${CMAKE_COMMAND} "-DDIST=${dist}" "-DOUT_DIR=${out_dir}" -P ${gen}
      DEPENDS ${files} ${out_dir}/files.txt ${gen}
      COMMENT "Embedding the web UI from ${dist}" VERBATIM)
    add_library(sd_web_assets STATIC ${out_dir}/web_assets.cc ${out_dir}/web_assets.s)
    # The assembler does not report .incbin inputs as dependencies; name them.
    set_source_files_properties(${out_dir}/web_assets.s PROPERTIES OBJECT_DEPENDS "${files}")
  else()
    execute_process(COMMAND ${CMAKE_COMMAND} "-DDIST=" "-DOUT_DIR=${out_dir}" -P ${gen}
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "gen_web_assets.cmake failed")
    endif()
    add_library(sd_web_assets STATIC ${out_dir}/web_assets.cc)
  endif()
  target_include_directories(sd_web_assets PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(sd_web_assets PRIVATE sd_warnings)
endfunction()
