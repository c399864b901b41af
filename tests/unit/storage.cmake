# storage unit tests
