# storage integration tests
