# secrets unit tests
