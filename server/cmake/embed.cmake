# Generates sd_embedded: schema files, message catalogues and module data files (templates/*.json)
# compiled into the binary, so one file is the whole server. Call after every sd_module().
function(sd_embedded_library)
  get_property(schema GLOBAL PROPERTY SD_SCHEMA_FILES)
  get_property(msgs GLOBAL PROPERTY SD_MESSAGE_FILES)
  get_property(resources GLOBAL PROPERTY SD_RESOURCE_FILES)
  set(out ${CMAKE_BINARY_DIR}/generated/embedded.cc)
  string(REPLACE ";" "|" schema_arg "${schema}")
  string(REPLACE ";" "|" msgs_arg "${msgs}")
  string(REPLACE ";" "|" resources_arg "${resources}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} "-DOUT=${out}" "-DSCHEMA=${schema_arg}" "-DMSGS=${msgs_arg}"
            "-DRESOURCES=${resources_arg}"
            -P ${PROJECT_SOURCE_DIR}/cmake/gen_embedded.cmake
    DEPENDS ${schema} ${msgs} ${resources} ${PROJECT_SOURCE_DIR}/cmake/gen_embedded.cmake
    COMMENT "Embedding schema, messages and templates" VERBATIM)
  add_library(sd_embedded STATIC ${out})
  target_include_directories(sd_embedded PUBLIC ${PROJECT_SOURCE_DIR}/src)
  # base/i18n.cc reads the catalogues, so whatever links sd_base links the data after it.
  target_link_libraries(sd_base INTERFACE sd_embedded)
endfunction()
