# cli integration tests
