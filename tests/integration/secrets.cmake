# secrets integration tests
