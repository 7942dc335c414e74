// Jest setup: cdktf matchers (toHaveResourceWithProperties, ...) for the Terraform tests.
import { Testing } from 'cdktf';

Testing.setupJest();
