// Jest setup: cdktf matchers (toHaveResourceWithProperties, ...) for the Terraform tests.
import { Testing } from '../src/constructs/terraform/cdktf';

Testing.setupJest();
