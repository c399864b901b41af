# ARM (issue 5) against a private mlstudio-local + Azurite: sign-in, list/get/keys, the guarded
# model update with backup, read-back and rollback, and every fault of the issue.
mlr_add_studio_test(armflow SOURCES tst_armflow.cpp LABELS integration arm TIMEOUT 300)
