# cli unit tests: parsing, usage errors, help, output formatting (no process, no network).
mlr_add_test(cli SOURCES tst_cli.cpp LABELS unit cli LIBS mlretrain-cli-lib)
