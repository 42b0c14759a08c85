# sd_module(name DEPS a b ...): one static library per domain folder, linking only the modules it
# names (scripts/check-deps holds #include lines to the same list). Schema files in schema/ are
# embedded into the binary by sd_migrations.
function(sd_module name)
  cmake_parse_arguments(M "" "" "DEPS;LIBS" ${ARGN})
  file(GLOB srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  add_library(sd_${name} STATIC ${srcs})
  target_include_directories(sd_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(sd_${name} PUBLIC ${M_LIBS} PRIVATE sd_warnings)
  foreach(dep ${M_DEPS})
    target_link_libraries(sd_${name} PUBLIC sd_${dep})
  endforeach()
  set_property(GLOBAL APPEND PROPERTY SD_MODULES ${name})
  set_property(GLOBAL PROPERTY SD_MODULE_DEPS_${name} ${M_DEPS})
  file(GLOB schema CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/schema/*.sql)
  set_property(GLOBAL APPEND PROPERTY SD_SCHEMA_FILES ${schema})
  file(GLOB msgs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/messages.json)
  set_property(GLOBAL APPEND PROPERTY SD_MESSAGE_FILES ${msgs})
endfunction()
