// IAM actions that AWS only authorises with `"Resource": "*"` (the Service Authorization Reference lists
// no resource type for them, or the ARN does not exist before the call creates it with a random id).
// An Allow statement may use Resource "*" only when every one of its actions is listed here.
export const STAR_RESOURCE_ACTIONS: Record<string, string> = {
  'ecr:GetAuthorizationToken': 'registry-wide login token; no resource type',
  'ecs:RegisterTaskDefinition': 'no resource type (the revision ARN does not exist yet)',
  'ecs:DeregisterTaskDefinition': 'no resource type',
  'ecs:DescribeTaskDefinition': 'no resource type',
  'ecs:ListTaskDefinitions': 'no resource type',
  'elasticloadbalancing:DescribeLoadBalancers': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeLoadBalancerAttributes': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeTargetGroups': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeTargetGroupAttributes': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeTargetHealth': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeListeners': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeListenerAttributes': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeRules': 'Describe* calls support no resource type',
  'elasticloadbalancing:DescribeTags': 'Describe* calls support no resource type',
  'ec2:DescribeSecurityGroups': 'EC2 Describe* calls support no resource type',
  'ec2:DescribeSecurityGroupRules': 'EC2 Describe* calls support no resource type',
  'ec2:DescribeVpcs': 'EC2 Describe* calls support no resource type',
  'ec2:DescribeSubnets': 'EC2 Describe* calls support no resource type',
  'ec2:DescribeNetworkInterfaces': 'EC2 Describe* calls support no resource type',
  'logs:DescribeLogGroups': 'lists log groups account-wide; no resource type',
  'application-autoscaling:DescribeScalableTargets': 'no resource type',
  'application-autoscaling:DescribeScalingPolicies': 'no resource type',
  'application-autoscaling:RegisterScalableTarget':
    'the scalable-target ARN carries a random id assigned at creation, so it cannot be named in advance',
  'application-autoscaling:DeregisterScalableTarget': 'scalable-target ARN has a random id',
  'application-autoscaling:PutScalingPolicy': 'scalable-target ARN has a random id',
  'application-autoscaling:DeleteScalingPolicy': 'scalable-target ARN has a random id',
  'application-autoscaling:TagResource': 'scalable-target ARN has a random id',
  'application-autoscaling:ListTagsForResource': 'scalable-target ARN has a random id',
  'cloudwatch:DescribeAlarms': 'Describe with filters is authorised account-wide'
}

export function isStarResourceAction(action: string): boolean {
  return Object.prototype.hasOwnProperty.call(STAR_RESOURCE_ACTIONS, action)
}
