# cli unit tests: parsing, usage errors, help, output formatting (no process, no network).
mlr_add_test(cli SOURCES tst_cli.cpp LABELS unit cli LIBS mlretrain-cli-lib)
# The help test runs the built tool (exit code, stdout) for every command of the table.
target_compile_definitions(tst_cli PRIVATE MLR_CLI_BINARY="$<TARGET_FILE:mlretrain-cli>")
add_dependencies(tst_cli mlretrain-cli)
