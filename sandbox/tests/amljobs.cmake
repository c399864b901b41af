# Tests of mlstudio-amljobs (sandbox/azureml/jobs): components, job specs, running jobs on
# the engine, online scoring, MLflow answers. Included from CMakeLists.txt.
