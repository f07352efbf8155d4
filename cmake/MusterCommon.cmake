# One INTERFACE target carries the language standard, warnings and Qt defines that
# every Muster library and executable links (like qBittorrent's qbt_common_cfg).
add_library(muster_common INTERFACE)
add_library(Muster::common ALIAS muster_common)

target_compile_features(muster_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(muster_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast
    $<$<BOOL:${MUSTER_WARNINGS_AS_ERRORS}>:-Werror>)

target_compile_definitions(muster_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_USE_QSTRINGBUILDER
    MUSTER_VERSION="${PROJECT_VERSION}"
    MUSTER_APP_ID="${MUSTER_APP_ID}")

if(MUSTER_SANITIZE)
    target_compile_options(muster_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(muster_common INTERFACE -fsanitize=address,undefined)
endif()

if(MUSTER_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MUSTER_BUILD_FUZZERS needs clang (cmake --preset fuzz)")
    endif()
    # Coverage instrumentation for everything the fuzz targets link; the targets add
    # the libFuzzer runtime themselves.
    target_compile_options(muster_common INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(muster_common INTERFACE -fsanitize=address,undefined)
endif()

# muster_add_library(NAME SOURCES ... LINKS ...): a static library of one layer.
function(muster_add_library name)
    cmake_parse_arguments(arg "" "" "SOURCES;PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
    add_library(${name} STATIC ${arg_SOURCES})
    target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}/src")
    target_link_libraries(${name} PUBLIC muster_common ${arg_PUBLIC_LINKS} PRIVATE ${arg_PRIVATE_LINKS})
endfunction()
